import * as fc from "fast-check";
import { CosFaceHead, NORMFACE_DEFAULT_SCALE, NormFaceHead, tf, InputTypeError, ValueError } from "losslab";
import { compareHead, expectWithinTolerance, maxRelativeDeviation, randomCases } from "./reference";
import { pml } from "../pml/fixture";

/** NormFace's loss written out in float64: z = s·x̂·Ŵ, −log softmax(z)_y averaged over the batch. */
function plainNormFace(x: number[][], w: number[][], labels: number[], s: number): { logits: number[][]; loss: number } {
  const C = w[0].length;
  const wNorm = Array.from({ length: C }, (_, j) => Math.hypot(...w.map((row) => row[j])));
  const logits = x.map((xi) => {
    const n = Math.hypot(...xi);
    return Array.from({ length: C }, (_, j) => (s * xi.reduce((a, v, k) => a + v * w[k][j], 0)) / (n * wNorm[j]));
  });
  const loss = logits.reduce((sum, z, i) => {
    const top = Math.max(...z);
    return sum + top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0)) - z[labels[i]];
  }, 0) / x.length;
  return { logits, loss };
}

describe("NormFaceHead: zⱼ = s cos θⱼ for every class, no margin (Wang et al. 2017)", () => {
  it("logits, loss and gradients match the float64 reference of CosFace with m = 0 (random inputs and s, fixed seed)", () => {
    fc.assert(
      fc.property(randomCases(fc), fc.constantFrom(1, 16, 64), ({ x, labels, d, C, seed }, s) => {
        const head = new NormFaceHead({ inputDim: d, numClasses: C, seed, s });
        expectWithinTolerance(compareHead(head, "cosFace", { s, m: 0 }, x, labels));
        head.dispose();
      }),
      { seed: 2017, numRuns: 15 },
    );
  });

  it("equals CosFaceHead with m = 0 and the written-out formula: logits, loss and the gradient with respect to W", () => {
    const x = [[0.3, -1, 2], [1, 1, -0.5], [-2, 0.2, 0.1], [0.05, 0.01, -0.02], [1e3, -2e3, 5e2]];
    const labels = [2, 0, 1, 3, 1];
    for (const s of [1, 20, 64]) {
      const normFace = new NormFaceHead({ inputDim: 3, numClasses: 4, seed: 9, s });
      const cosFace = new CosFaceHead({ inputDim: 3, numClasses: 4, seed: 9, s, m: 0 });
      const plain = plainNormFace(x, normFace.weights.arraySync(), labels, s);
      const logits = normFace.logits(x, labels);
      expect(maxRelativeDeviation(logits.dataSync(), plain.logits.flat())).toBeLessThan(1e-5);
      expect(maxRelativeDeviation(logits.dataSync(), cosFace.logits(x, labels).dataSync())).toBe(0);
      const loss = normFace.loss(x, labels).dataSync()[0];
      expect(Math.abs(loss - plain.loss) / plain.loss).toBeLessThan(1e-5);
      expect(loss).toBe(cosFace.loss(x, labels).dataSync()[0]);
      const g = tf.variableGrads(() => normFace.loss(x, labels), [normFace.weights]).grads[normFace.weights.name];
      const gc = tf.variableGrads(() => cosFace.loss(x, labels), [cosFace.weights]).grads[cosFace.weights.name];
      expect(maxRelativeDeviation(g.dataSync(), gc.dataSync())).toBeLessThan(1e-6);
      tf.dispose([logits, g, gc]);
      normFace.dispose();
      cosFace.dispose();
    }
  });

  it("is pytorch-metric-learning 2.9.0's NormalizedSoftmaxLoss with s = 1/temperature: loss and gradients (embeddings, W) of its fixture", () => {
    const f = pml.normalizedSoftmax as { embeddings: number[][]; labels: number[]; W: number[][]; cases: { temperature: number; loss: number; gradEmbeddings: number[][]; gradW: number[][] }[] };
    for (const c of f.cases) {
      const head = new NormFaceHead({ inputDim: 4, numClasses: 3, s: 1 / c.temperature, weights: f.W });
      const x = tf.tensor2d(f.embeddings);
      const loss = head.loss(x, f.labels);
      expect(Math.abs(loss.dataSync()[0] - c.loss) / c.loss).toBeLessThan(1e-5);
      const gx = tf.grad((e: tf.Tensor) => head.loss(e as tf.Tensor2D, f.labels))(x);
      expect(maxRelativeDeviation(gx.dataSync(), c.gradEmbeddings.flat())).toBeLessThan(1e-4);
      const gw = tf.variableGrads(() => head.loss(x, f.labels), [head.weights]).grads[head.weights.name];
      expect(maxRelativeDeviation(gw.dataSync(), c.gradW.flat())).toBeLessThan(1e-4);
      tf.dispose([x, loss, gx, gw]);
      head.dispose();
    }
  });

  it("defaults s = 20 (pml NormalizedSoftmaxLoss's temperature 0.05); refuses m, s ≤ 0 and misspelt options, leaking no tensor", () => {
    const head = new NormFaceHead({ inputDim: 2, numClasses: 3 });
    expect([head.s, head.m, NORMFACE_DEFAULT_SCALE]).toEqual([20, 0, 20]);
    expect(head.name).toBe("NormFaceHead");
    head.dispose();
    const before = tf.memory().numTensors;
    expect(() => new NormFaceHead({ inputDim: 2, numClasses: 3, m: 0.35 } as never)).toThrow("losslab.NormFaceHead: argument 'm'");
    expect(() => new NormFaceHead({ inputDim: 2, numClasses: 3, s: 0 })).toThrow("losslab.NormFaceHead: argument 's' must be a number > 0, but got 0.");
    expect(() => new NormFaceHead({ inputDim: 2, numClasses: 3, s: "20" as never })).toThrow(InputTypeError);
    expect(() => new NormFaceHead({ inputDim: 2, numClasses: 3, s: -1 })).toThrow(ValueError);
    expect(tf.memory().numTensors).toBe(before);
  });
});
