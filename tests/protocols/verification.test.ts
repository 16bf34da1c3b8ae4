import * as tf from "@tensorflow/tfjs";
import { Rng, ValueError } from "losslab";
import { sampleVerificationPairs, verificationProtocol } from "losslab-course";

const rng = new Rng(21);
const labels = Array.from({ length: 60 }, (_, i) => i % 10); // 10 classes × 6: 150 same-label pairs, 1,620 different
const centres = Array.from({ length: 10 }, () => [rng.normal(), rng.normal(), rng.normal()]);
// float32 values, so that a tensor of them and the rows give the very same scores
const rows = labels.map((c) => centres[c].map((v) => Math.fround(v + rng.normal(0, 0.7))));

/** Mann–Whitney AUC and the strict TAR at FAR by plain loops over the scored pairs. */
function reference(scores: number[], same: number[], far: number): { auc: number; tar: number } {
  const pos = scores.filter((_, i) => same[i]);
  const neg = scores.filter((_, i) => !same[i]);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  // thresholds at every score: accept score >= t; keep those accepting at most floor(far·n) negatives
  let tar = 0;
  for (const t of [...scores, Infinity]) {
    const fa = neg.filter((n) => n >= t).length;
    if (fa <= Math.floor(far * neg.length + 1e-9)) tar = Math.max(tar, pos.filter((p) => p >= t).length / pos.length);
  }
  return { auc: wins / (pos.length * neg.length), tar };
}

describe("sampleVerificationPairs", () => {
  it("takes every same-label pair once and max(positives, minNegatives) distinct different-label pairs, seeded", () => {
    const p = sampleVerificationPairs({ labels, minNegatives: 400, seed: 4 });
    expect([p.positives, p.negatives]).toEqual([150, 400]);
    const keys = new Set<string>();
    p.first.forEach((a, t) => {
      const b = p.second[t];
      expect(a).toBeLessThan(b);
      expect(labels[a] === labels[b]).toBe(p.isSame[t] === 1);
      keys.add(`${a},${b}`);
    });
    expect(keys.size).toBe(550);
    expect(sampleVerificationPairs({ labels, minNegatives: 400, seed: 4 })).toEqual(p);
    const capped = sampleVerificationPairs({ labels, maxPositives: 20, minNegatives: 1, seed: 4 });
    expect([capped.positives, capped.negatives]).toEqual([20, 20]); // balanced: as many negatives as positives
    // dense case: nearly every different pair wanted
    expect(sampleVerificationPairs({ labels, minNegatives: 1620 }).negatives).toBe(1620);
  });

  it("refuses more negatives than exist, naming the counts", () => {
    expect(() => sampleVerificationPairs({ labels, minNegatives: 1621 })).toThrow(ValueError);
    expect(() => sampleVerificationPairs({ labels, minNegatives: 1621 })).toThrow(/at least 1621 different-label pairs .*but got 1620/);
    expect(() => sampleVerificationPairs({ labels: [0, 1, 2] })).toThrow(/a same-label pair/);
  });
});

describe("verificationProtocol", () => {
  it.each(["cosine", "euclidean"] as const)("ROC AUC and TAR@FAR equal plain loops over the sampled pairs (%s)", (similarity) => {
    const options = { labels, minNegatives: 1000, seed: 2, fars: [1e-2, 1e-3] };
    const pairs = sampleVerificationPairs({ labels, minNegatives: 1000, seed: 2 });
    const sim = (a: number[], b: number[]) => similarity === "euclidean" ? -Math.hypot(...a.map((v, k) => v - b[k]))
      : a.reduce((s, v, k) => s + v * b[k], 0) / Math.hypot(...a) / Math.hypot(...b);
    const scores = Array.from(pairs.first, (a, t) => sim(rows[a], rows[pairs.second[t]]));
    const same = Array.from(pairs.isSame);
    const before = tf.memory().numTensors;
    const t = tf.tensor2d(rows);
    const got = verificationProtocol({ ...options, embeddings: t, similarity });
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect([got.positives, got.negatives]).toEqual([150, 1000]);
    for (const [k, far] of [1e-2, 1e-3].entries()) {
      const r = reference(scores, same, far);
      if (k === 0) expect(got.auc).toBeCloseTo(r.auc, 12);
      expect(got.tar[k].far).toBe(far);
      expect(got.tar[k].acceptedNegatives).toBe(Math.floor(far * 1000));
      expect(got.tar[k].tar).toBeCloseTo(r.tar, 12);
    }
    expect(got.auc).toBeGreaterThan(0.7);
  });

  it("takes by default 10/min(fars) negatives, and refuses FARs outside (0, 1)", () => {
    const many = Array.from({ length: 400 }, (_, i) => i % 40);
    const emb = many.map((c) => [Math.cos(c), Math.sin(c) + (c % 3) * 0.01]);
    // 1,800 same-label pairs, capped at 100
    expect(verificationProtocol({ embeddings: emb, labels: many, similarity: "cosine", fars: [1e-2], maxPositives: 100 }).negatives).toBe(1000);
    expect(verificationProtocol({ embeddings: emb, labels: many, similarity: "cosine", maxPositives: 100 }).negatives).toBe(10000);
    expect(verificationProtocol({ embeddings: emb, labels: many, similarity: "cosine", fars: [1e-2] }).negatives).toBe(1800);
    expect(() => verificationProtocol({ embeddings: emb, labels: many, similarity: "cosine", fars: [0] })).toThrow(/fars\[0\]' must be a rate in \(0, 1\)/);
  });
});
