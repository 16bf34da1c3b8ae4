import * as tf from "@tensorflow/tfjs";
import { Rng, ShapeError, ValueError } from "losslab";
import { episodeAccuracy, sampleEpisodes, tQuantile975 } from "losslab-course";

// 6 classes × 8 images in 4-D: class c around a random centre
const rng = new Rng(11);
const centres = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => rng.normal(0, 1)));
const labels = Array.from({ length: 48 }, (_, i) => i % 6);
const rows = labels.map((c) => centres[c].map((v) => v + rng.normal(0, 0.9)));

/** Prototype classification of one episode by plain loops; cosine against the NORMALISED mean of the shots. */
function referenceEpisode(ep: { classes: number[]; support: number[]; query: number[] }, similarity: "cosine" | "euclidean"): number {
  const n = ep.classes.length;
  const k = ep.support.length / n;
  const q = ep.query.length / n;
  const protos = ep.classes.map((_, c) => {
    const mean = [0, 0, 0, 0];
    for (let s = 0; s < k; s++) rows[ep.support[c * k + s]].forEach((v, d) => (mean[d] += v / k));
    if (similarity === "euclidean") return mean;
    const norm = Math.hypot(...mean);
    return mean.map((v) => v / norm);
  });
  let correct = 0;
  ep.query.forEach((row, t) => {
    const x = rows[row];
    const s = protos.map((p) => similarity === "euclidean" ? -Math.hypot(...x.map((v, d) => v - p[d])) : x.reduce((a, v, d) => a + v * p[d], 0) / Math.hypot(...x));
    if (s.indexOf(Math.max(...s)) === Math.floor(t / q)) correct++;
  });
  return correct / ep.query.length;
}

describe("sampleEpisodes", () => {
  it("draws N distinct classes, K + Q distinct images of each, seeded", () => {
    const eps = sampleEpisodes({ labels, ways: 3, shots: 2, queries: 4, episodes: 50, seed: 1 });
    expect(eps).toHaveLength(50);
    for (const ep of eps) {
      expect(new Set(ep.classes).size).toBe(3);
      expect(ep.support).toHaveLength(6);
      expect(ep.query).toHaveLength(12);
      expect(new Set([...ep.support, ...ep.query]).size).toBe(18);
      ep.support.forEach((r, s) => expect(labels[r]).toBe(ep.classes[Math.floor(s / 2)]));
      ep.query.forEach((r, s) => expect(labels[r]).toBe(ep.classes[Math.floor(s / 4)]));
    }
    expect(sampleEpisodes({ labels, ways: 3, shots: 2, queries: 4, episodes: 50, seed: 1 })).toEqual(eps);
    expect(sampleEpisodes({ labels, ways: 3, shots: 2, queries: 4, episodes: 50, seed: 2 })).not.toEqual(eps);
    // every class is drawn sometimes
    expect(new Set(eps.flatMap((e) => e.classes)).size).toBe(6);
  });

  it("draws only from `classes` when given", () => {
    const eps = sampleEpisodes({ labels, ways: 2, shots: 1, episodes: 20, classes: [4, 1] });
    expect(new Set(eps.flatMap((e) => e.classes))).toEqual(new Set([1, 4]));
  });

  it("refuses impossible requests, naming the argument", () => {
    expect(() => sampleEpisodes({ labels, ways: 7, shots: 1 })).toThrow(ShapeError);
    expect(() => sampleEpisodes({ labels, ways: 2, shots: 5, queries: 4 })).toThrow(/at most the 0 classes with at least 9 rows/);
    expect(() => sampleEpisodes({ labels, ways: 2, shots: 1, classes: [1, 9] })).toThrow(ValueError);
    expect(() => sampleEpisodes({ labels, ways: 1, shots: 1 })).toThrow(/'ways'/);
    expect(() => sampleEpisodes({ labels, ways: 2, shot: 1 } as never)).toThrow(/did you mean 'shots'/);
  });
});

describe("episodeAccuracy", () => {
  it.each(["cosine", "euclidean"] as const)("equals plain-loop prototype classification of the same episodes (%s), with a t interval", (similarity) => {
    const options = { labels, ways: 4, shots: 3, queries: 2, episodes: 40, seed: 9 };
    const eps = sampleEpisodes(options);
    const expected = eps.map((ep) => referenceEpisode(ep, similarity));
    const before = tf.memory().numTensors;
    const t = tf.tensor2d(rows);
    const got = episodeAccuracy({ ...options, embeddings: t, similarity });
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
    got.perEpisode.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    const mean = expected.reduce((s, v) => s + v, 0) / 40;
    const sd = Math.sqrt(expected.reduce((s, v) => s + (v - mean) ** 2, 0) / 39);
    expect(got.mean).toBeCloseTo(mean, 12);
    expect(got.halfWidth).toBeCloseTo((tQuantile975(39) * sd) / Math.sqrt(40), 12);
    expect(got.ci95[0]).toBeCloseTo(mean - got.halfWidth, 12);
    expect([got.ways, got.shots, got.queries, got.episodes]).toEqual([4, 3, 2, 40]);
    expect(got.mean).toBeGreaterThan(0.25); // the classes are separable: better than chance
    // rows and a flat block give the same numbers
    expect(episodeAccuracy({ ...options, embeddings: rows, similarity }).perEpisode).toEqual(got.perEpisode);
    expect(episodeAccuracy({ ...options, embeddings: { values: rows.flat(), dim: 4 }, similarity }).mean).toBeCloseTo(got.mean, 12);
  });

  it("refuses labels of another length, a single episode (no interval), NaN embeddings", () => {
    expect(() => episodeAccuracy({ embeddings: rows, labels: labels.slice(1), similarity: "cosine", ways: 2, shots: 1 })).toThrow(/48 labels/);
    expect(() => episodeAccuracy({ embeddings: rows, labels, similarity: "cosine", ways: 2, shots: 1, episodes: 1 })).toThrow(/'episodes'/);
    const bad = rows.map((r) => r.slice());
    bad[3][1] = NaN;
    expect(() => episodeAccuracy({ embeddings: bad, labels, similarity: "cosine", ways: 2, shots: 1 })).toThrow(/NaN in row 3/);
  });
});
