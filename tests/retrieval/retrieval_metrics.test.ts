// Retrieval metrics against pytorch-metric-learning 2.9.0's AccuracyCalculator (tests/fixtures/pml),
// and recall@k, precision@k and kNN accuracy against plain loops over a float64 distance table.
import { CosineSimilarity, InputTypeError, LpDistance, Rng, ShapeError, ValueError, knnAccuracy, precisionAtK, recallAtK, retrievalMetrics, tf } from "losslab";
import { expectClose } from "../losses/helpers";
import { expectRefused, measureOf, pml, type DistanceSpec } from "../pml/fixture";

const f = pml.accuracy;

describe("retrievalMetrics: pml AccuracyCalculator", () => {
  const cases = f.cases.map((c: { distance: DistanceSpec; k: unknown; refIncludesQuery: boolean; avgOfAvgs?: boolean }) => [
    `${JSON.stringify(c.distance)} k=${c.k} ${c.refIncludesQuery ? "query set as reference" : "separate reference"}${c.avgOfAvgs ? " avgOfAvgs" : ""}`,
    c,
  ]) as [string, any][];
  it.each(cases)("%s", (_n, c) => {
    const k = c.k === null ? "all" : c.k === "max_bin_count" ? "maxBinCount" : c.k;
    const options = {
      query: f.query,
      queryLabels: f.queryLabels,
      distance: measureOf(c.distance),
      k,
      ...(c.avgOfAvgs ? { avgOfAvgs: true } : {}),
      ...(c.refIncludesQuery ? {} : { reference: f.reference, referenceLabels: f.referenceLabels }),
    };
    const got = retrievalMetrics(options);
    const m = c.metrics;
    expectClose(
      [got.precisionAt1, got.rPrecision, got.meanAveragePrecisionAtR, got.meanAveragePrecision],
      [m.precision_at_1, m.r_precision, m.mean_average_precision_at_r, m.mean_average_precision],
      { rel: 1e-6, label: "metrics" },
    );
    // the lone query (label 9, in no other query and not in the reference) is left out
    expect(got.queries).toBe(f.query.length - 1);
  });
});

/** Query i's reference rows sorted nearest first (float64), itself left out. */
function rankedNeighbours(q: number[][], cosine: boolean): number[][] {
  const norm = (v: number[]) => Math.hypot(...v);
  const d = (a: number[], b: number[]) =>
    cosine ? -a.reduce((s, x, i) => s + x * b[i], 0) / (norm(a) * norm(b)) : Math.hypot(...a.map((x, i) => x - b[i]));
  return q.map((a, i) => q.map((_, j) => j).filter((j) => j !== i).sort((x, y) => d(a, q[x]) - d(a, q[y])));
}

describe("recall@k, precision@k, kNN accuracy: plain loops", () => {
  const rng = new Rng(5);
  const q = Array.from({ length: 40 }, () => Array.from({ length: 3 }, () => rng.normal()));
  const y = Array.from({ length: 40 }, (_, i) => i % 4);
  it.each([[1, false], [5, false], [3, true], [10, true]] as const)("k = %i, cosine %s", (k, cosine) => {
    const ranked = rankedNeighbours(q, cosine);
    const top = ranked.map((r) => r.slice(0, k).map((j) => y[j]));
    const recall = top.filter((t, i) => t.includes(y[i])).length / q.length;
    const precision = top.reduce((s, t, i) => s + t.filter((l) => l === y[i]).length / k, 0) / q.length;
    const vote = (t: number[]) => {
      let best = t[0];
      const votes = new Map<number, number>();
      for (const l of t) {
        votes.set(l, (votes.get(l) ?? 0) + 1);
        if (votes.get(l)! > votes.get(best)!) best = l;
      }
      return best;
    };
    const accuracy = top.filter((t, i) => vote(t) === y[i]).length / q.length;
    const distance = cosine ? new CosineSimilarity() : new LpDistance({ normalizeEmbeddings: false });
    expect(recallAtK({ query: q, queryLabels: y, k, distance })).toBeCloseTo(recall, 6);
    expect(precisionAtK({ query: q, queryLabels: y, k, distance })).toBeCloseTo(precision, 6);
    expect(knnAccuracy({ query: q, queryLabels: y, k, distance })).toBeCloseTo(accuracy, 6);
  });

  it("recall@1 = precision@1 = pml's precision_at_1, and recall grows with k", () => {
    const p1 = retrievalMetrics({ query: q, queryLabels: y }).precisionAt1;
    expect(recallAtK({ query: q, queryLabels: y, k: 1 })).toBeCloseTo(p1, 10);
    expect(precisionAtK({ query: q, queryLabels: y, k: 1 })).toBeCloseTo(p1, 10);
    const recalls = [1, 2, 4, 8, 16].map((k) => recallAtK({ query: q, queryLabels: y, k }));
    recalls.slice(1).forEach((r, i) => expect(r).toBeGreaterThanOrEqual(recalls[i]));
  });

  it("a perfect embedding scores 1 everywhere", () => {
    const e = y.map((l) => [Math.cos(l), Math.sin(l), 0].map((v, j) => v + 1e-3 * q[l][j] * (j + 1)));
    const m = retrievalMetrics({ query: e, queryLabels: y, k: "maxBinCount" });
    expect([m.precisionAt1, m.rPrecision, m.meanAveragePrecisionAtR, m.meanAveragePrecision]).toEqual([1, 1, 1, 1]);
    expect(m.k).toBe(9);
  });
});

describe("retrieval metrics: bad input", () => {
  const q = [[0, 1], [1, 0], [1, 1]];
  it.each([
    ["a misspelt option", () => retrievalMetrics({ query: q, queryLabels: [0, 0, 1], kk: 2 } as never), InputTypeError, /retrievalMetrics.*'kk'/],
    ["k above the reference size", () => recallAtK({ query: q, queryLabels: [0, 0, 1], k: 3 }), ValueError, /recallAtK.*'k'/],
    ["k missing", () => knnAccuracy({ query: q, queryLabels: [0, 0, 1] } as never), ValueError, /knnAccuracy.*'k'/],
    ["labels of another length", () => retrievalMetrics({ query: q, queryLabels: [0, 1] }), ShapeError, /retrievalMetrics.*'queryLabels'/],
    ["a reference without labels", () => retrievalMetrics({ query: q, queryLabels: [0, 0, 1], reference: q }), ValueError, /retrievalMetrics.*'referenceLabels'/],
    ["a reference of another width", () => precisionAtK({ query: q, queryLabels: [0, 0, 1], reference: [[1, 2, 3]], referenceLabels: [0], k: 1 }), ShapeError, /precisionAtK.*'reference'/],
    ["a distance that is not a measure", () => retrievalMetrics({ query: q, queryLabels: [0, 0, 1], distance: "cosine" as never }), InputTypeError, /retrievalMetrics.*'distance'/],
  ])("%s is refused, naming the argument, with no tensor left", (_n, call, type, message) => {
    expectRefused(call, type, message as RegExp);
  });

  it("leaves no tensor behind", () => {
    const before = tf.memory().numTensors;
    retrievalMetrics({ query: q, queryLabels: [0, 0, 1] });
    knnAccuracy({ query: q, queryLabels: [0, 0, 1], k: 2 });
    expect(tf.memory().numTensors).toBe(before);
  });
});
