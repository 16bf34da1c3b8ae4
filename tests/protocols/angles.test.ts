import * as tf from "@tensorflow/tfjs";
import { classAngles, rawPixelEmbeddings } from "losslab-course";

describe("classAngles", () => {
  it("gives intra- and inter-class angles in degrees equal to a hand computation", () => {
    // class 0 at ±10° around 0°, class 1 at ±20° around 90° (norms vary: angles ignore them)
    const rad = (d: number) => (d * Math.PI) / 180;
    const at = (d: number, r: number) => [r * Math.cos(rad(d)), r * Math.sin(rad(d))];
    const embeddings = [at(10, 1), at(-10, 3), at(110, 2), at(70, 0.5)];
    const labels = [0, 0, 1, 1];
    const before = tf.memory().numTensors;
    const t = tf.tensor2d(embeddings);
    const got = classAngles({ embeddings: t, labels, classWeights: [at(0, 4), at(80, 1)] });
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(got.intraMeanDeg).toBeCloseTo(15, 4); // (10 + 10 + 20 + 20) / 4
    expect(got.intraMedianDeg).toBeCloseTo(15, 4);
    expect(got.interMeanDeg).toBeCloseTo(90, 4);
    expect(got.interMinDeg).toBeCloseTo(90, 4);
    expect(got.weightMeanDeg).toBeCloseTo((10 + 10 + 30 + 10) / 4, 4);
    expect(got.classes).toBe(2);
    expect(classAngles({ embeddings, labels }).weightMeanDeg).toBeNull();
  });
});

describe("rawPixelEmbeddings", () => {
  it("is the images' pixel rows themselves, all or the rows asked for", () => {
    const set = { images: Uint8Array.from([1, 0, 0, 1, 1, 1]), pixels: 2, count: 3 };
    expect(rawPixelEmbeddings(set)).toEqual({ values: Float32Array.from([1, 0, 0, 1, 1, 1]), dim: 2 });
    expect(rawPixelEmbeddings(set, [2, 0])).toEqual({ values: Float32Array.from([1, 1, 1, 0]), dim: 2 });
    expect(() => rawPixelEmbeddings(set, [3])).toThrow(/rows\[0\]/);
    expect(() => rawPixelEmbeddings({ images: [1, 2], pixels: 2, count: 1 } as never)).toThrow(/argument 'set'/);
  });
});
