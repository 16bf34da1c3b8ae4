import { bestThreshold, EmbeddingNet, rocAuc, samplePairs, scorePairs, accuracyAtThreshold, InputTypeError, Rng } from "losslab";
import { embedSet, verifyEmbedding, verifyPairs } from "losslab-course";
import { bandDigits } from "./helpers";

/** 1-D features: class c sits around c, with noise `noise`. */
function features(n: number, noise: number, seed: number) {
  const rng = new Rng(seed);
  const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
  return { features: Array.from(labels, (c) => [c + noise * rng.normal()]), labels };
}

describe("verifyPairs", () => {
  const calibration = features(90, 0.3, 1);
  const test = features(60, 0.3, 2);

  it("fits t on the calibration pairs and measures accuracy at t and the AUC on the test pairs", () => {
    const v = verifyPairs({ calibration, test, pairs: 400, seed: 3 });
    const cal = scorePairs({ embeddings: calibration.features, labels: calibration.labels, pairs: samplePairs({ labels: calibration.labels, count: 400, seed: 3 }), score: "euclidean" });
    const tst = scorePairs({ embeddings: test.features, labels: test.labels, pairs: samplePairs({ labels: test.labels, count: 400, seed: 4 }), score: "euclidean" });
    const fitted = bestThreshold(cal);
    expect(v.threshold).toBe(fitted.threshold);
    expect(v.calibrationAccuracy).toBe(fitted.accuracy);
    expect(v.accuracy).toBe(accuracyAtThreshold(tst, fitted.threshold).accuracy);
    expect(v.auc).toBe(rocAuc(tst));
    expect(v.positive).toHaveLength(200);
    expect(v.negative).toHaveLength(200);
    expect(v.auc).toBeGreaterThan(0.8);
  });

  it("scores with any pair score, e.g. the L1 distance of the traditional pipeline", () => {
    const v = verifyPairs({ calibration, test, score: "manhattan", pairs: 100 });
    expect(v.score).toBe("manhattan");
    // in 1-D, L1 and Euclidean distances are equal
    expect(v.positive).toEqual(verifyPairs({ calibration, test, pairs: 100 }).positive);
  });

  it("pure noise gives an AUC near 0.5", () => {
    const v = verifyPairs({ calibration: features(90, 50, 5), test: features(90, 50, 6), pairs: 2000 });
    expect(Math.abs(v.auc - 0.5)).toBeLessThan(0.06);
  });

  it("rejects bad options", () => {
    expect(() => verifyPairs(null as never)).toThrow(InputTypeError);
    expect(() => verifyPairs({ calibration, test, pairs: 1 })).toThrow(/pairs/);
    expect(() => verifyPairs({ calibration, test: null as never })).toThrow(/argument 'test'/);
  });
});

describe("verifyEmbedding", () => {
  it("embeds both sets with the network and verifies the embeddings", () => {
    const net = new EmbeddingNet({ hidden: [8], embeddingSize: 2, seed: 1 });
    const [a, b] = [bandDigits(30, 3, 1), bandDigits(30, 3, 2)];
    const v = verifyEmbedding({ net, calibration: a, test: b, pairs: 50 });
    expect(v).toEqual(verifyPairs({ calibration: { features: embedSet(net, a), labels: a.labels }, test: { features: embedSet(net, b), labels: b.labels }, pairs: 50 }));
    net.dispose();
  });
});
