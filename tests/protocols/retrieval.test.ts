import * as tf from "@tensorflow/tfjs";
import { Rng } from "losslab";
import { retrievalProtocol } from "losslab-course";

/** Precision@1 and MAP@R by plain loops: each query against all other rows, ranked by similarity. */
function reference(rows: number[][], labels: number[], sim: (a: number[], b: number[]) => number) {
  let p1 = 0;
  let map = 0;
  let q = 0;
  rows.forEach((x, i) => {
    const others = rows.map((y, j) => ({ j, s: sim(x, y) })).filter((o) => o.j !== i).sort((a, b) => b.s - a.s);
    const r = labels.filter((l, j) => j !== i && l === labels[i]).length;
    if (r === 0) return;
    q++;
    if (labels[others[0].j] === labels[i]) p1++;
    let hits = 0;
    let ap = 0;
    others.slice(0, r).forEach((o, k) => {
      if (labels[o.j] === labels[i]) {
        hits++;
        ap += hits / (k + 1);
      }
    });
    map += ap / r;
  });
  return { precisionAt1: p1 / q, mapAtR: map / q, queries: q };
}

describe("retrievalProtocol", () => {
  const rng = new Rng(8);
  const labels = [...Array.from({ length: 30 }, (_, i) => i % 6), 99]; // one lone query (label 99), left out
  const rows = labels.map((c) => [Math.cos(c) + rng.normal(0, 0.4), Math.sin(c) + rng.normal(0, 0.4), rng.normal(0, 0.4)]);

  it.each(["cosine", "euclidean"] as const)("equals plain loops for P@1 and MAP@R (%s), from a tensor, no tensor left", (similarity) => {
    const sim = similarity === "euclidean" ? (a: number[], b: number[]) => -Math.hypot(...a.map((v, k) => v - b[k]))
      : (a: number[], b: number[]) => a.reduce((s, v, k) => s + v * b[k], 0) / Math.hypot(...a) / Math.hypot(...b);
    const expected = reference(rows, labels, sim);
    const before = tf.memory().numTensors;
    const t = tf.tensor2d(rows);
    const got = retrievalProtocol({ embeddings: t, labels, similarity });
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(got.queries).toBe(30);
    expect(got.precisionAt1).toBeCloseTo(expected.precisionAt1, 5);
    expect(got.mapAtR).toBeCloseTo(expected.mapAtR, 5);
  });

  it("refuses an unknown similarity and labels of another length", () => {
    expect(() => retrievalProtocol({ embeddings: rows, labels, similarity: "dot" as never })).toThrow(/argument 'similarity'/);
    expect(() => retrievalProtocol({ embeddings: rows, labels: labels.slice(1), similarity: "cosine" })).toThrow(/31 labels/);
  });
});
