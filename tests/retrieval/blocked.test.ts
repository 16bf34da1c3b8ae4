// Retrieval metrics in blocks of queries: the same values as the full-matrix implementation they replace
// (tests/retrieval/full_matrix_reference.ts) for every block size, memory O(N·block) (tf.profile's peak),
// mean reciprocal rank against pml 2.9.0's AccuracyCalculator, and search() against a float64 loop.
import * as fs from "fs";
import * as path from "path";
import { CosineSimilarity, InputTypeError, LpDistance, Rng, ShapeError, ValueError, knnAccuracy, precisionAtK, recallAtK, retrievalMetrics, search, tf } from "losslab";
import { expectClose } from "../losses/helpers";
import { expectRefused, measureOf, type DistanceSpec } from "../pml/fixture";
import { fullMatrixKnnAccuracy, fullMatrixPrecisionAtK, fullMatrixRecallAtK, fullMatrixRetrievalMetrics } from "./full_matrix_reference";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fixture: any = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pml", "pml_margin_reference.json"), "utf8"));

const rng = new Rng(41);
const matrix = (n: number, d: number) => Array.from({ length: n }, () => Array.from({ length: d }, () => rng.normal()));
const q = matrix(57, 5);
const ql = Array.from({ length: 57 }, (_, i) => (i === 0 ? 99 : i % 6)); // label 99: a lone query
const r = matrix(43, 5);
const rl = Array.from({ length: 43 }, (_, i) => i % 7);

describe("blocked retrievalMetrics = the full-matrix implementation, for any block size", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["self, L2, k all", { query: q, queryLabels: ql }],
    ["self, cosine, maxBinCount", { query: q, queryLabels: ql, k: "maxBinCount", distance: new CosineSimilarity() }],
    ["self, L2, k 4, avgOfAvgs", { query: q, queryLabels: ql, k: 4, avgOfAvgs: true }],
    ["separate reference, cosine, k all", { query: q, queryLabels: ql, reference: r, referenceLabels: rl, distance: new CosineSimilarity() }],
    ["separate reference, normalised L2, k 9", { query: q, queryLabels: ql, reference: r, referenceLabels: rl, k: 9, distance: new LpDistance() }],
  ];
  it.each(cases)("%s", (_n, options) => {
    const want = fullMatrixRetrievalMetrics(options as never);
    for (const blockSize of [1, 7, 56, 57, 1000, undefined]) {
      const got = retrievalMetrics({ ...options, ...(blockSize === undefined ? {} : { blockSize }) } as never);
      expectClose(
        [got.precisionAt1, got.rPrecision, got.meanAveragePrecisionAtR, got.meanAveragePrecision],
        [want.precisionAt1, want.rPrecision, want.meanAveragePrecisionAtR, want.meanAveragePrecision],
        { rel: 1e-6, label: `blockSize ${blockSize}` },
      );
      expect([got.queries, got.k]).toEqual([want.queries, want.k]);
    }
  });

  it.each([1, 3, 10])("recall@k, precision@k and kNN accuracy, k = %i, blocks of 5", (k) => {
    const options = { query: q, queryLabels: ql, reference: r, referenceLabels: rl, k, distance: new CosineSimilarity() };
    expect(recallAtK({ ...options, blockSize: 5 })).toBeCloseTo(fullMatrixRecallAtK(options), 10);
    expect(precisionAtK({ ...options, blockSize: 5 })).toBeCloseTo(fullMatrixPrecisionAtK(options), 10);
    expect(knnAccuracy({ ...options, blockSize: 5 })).toBeCloseTo(fullMatrixKnnAccuracy(options), 10);
    expect(knnAccuracy({ query: q, queryLabels: ql, k, blockSize: 4 })).toBeCloseTo(fullMatrixKnnAccuracy({ query: q, queryLabels: ql, k }), 10);
  });

  it("kNN accuracy keeps large label ids exact (labels read back in float64)", () => {
    const big = ql.map((l) => 2 ** 30 + l);
    expect(knnAccuracy({ query: q, queryLabels: big, k: 3, blockSize: 8 })).toBeCloseTo(fullMatrixKnnAccuracy({ query: q, queryLabels: ql, k: 3 }), 10);
  });

  it("memory is O(N·block): 800 queries in blocks of 10 peak far below the full matrix", async () => {
    const e = tf.tidy(() => tf.randomNormal([800, 4], 0, 1, "float32", 3) as tf.Tensor2D);
    const labels = Array.from({ length: 800 }, (_, i) => i % 20);
    const start = tf.memory().numBytes;
    // read each peak at once: tf.profile reuses its result object
    const blocked = (await tf.profile(() => {
      retrievalMetrics({ query: e, queryLabels: labels, k: "maxBinCount", blockSize: 10 });
    })).peakBytes;
    const full = (await tf.profile(() => {
      fullMatrixRetrievalMetrics({ query: e, queryLabels: labels, k: "maxBinCount" });
    })).peakBytes;
    const matrixBytes = 800 * 800 * 4;
    // tf.profile's peak counts the tensors alive when it starts
    expect(full - start).toBeGreaterThan(matrixBytes);
    // a block's scores are 10·800·4 = 32 KB; its temporaries (the [10, 800, 4] differences) a few times that
    expect(blocked - start).toBeLessThan(matrixBytes / 4);
    e.dispose();
  });

  it("leaves no tensor behind, also when refusing a block size", () => {
    const before = tf.memory().numTensors;
    retrievalMetrics({ query: q, queryLabels: ql, blockSize: 3 });
    expectRefused(() => retrievalMetrics({ query: q, queryLabels: ql, blockSize: 0 }), ValueError, /retrievalMetrics: argument 'blockSize' must be an integer >= 1/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("mean reciprocal rank: pml 2.9.0's AccuracyCalculator", () => {
  const f = fixture.meanReciprocalRank;
  it.each(f.cases.map((c: { distance: DistanceSpec; k: number | null; avgOfAvgs: boolean; refIncludesQuery: boolean }) => [
    `${JSON.stringify(c.distance)} k=${c.k} avgOfAvgs=${c.avgOfAvgs} ${c.refIncludesQuery ? "query set as reference" : "separate reference"}`,
    c,
  ]) as [string, { distance: DistanceSpec; k: number | null; avgOfAvgs: boolean; refIncludesQuery: boolean; value: number }][])("%s", (_n, c) => {
    const got = retrievalMetrics({
      query: f.query,
      queryLabels: f.queryLabels,
      ...(c.refIncludesQuery ? {} : { reference: f.reference, referenceLabels: f.referenceLabels }),
      distance: measureOf(c.distance),
      k: c.k === null ? "all" : c.k,
      avgOfAvgs: c.avgOfAvgs,
      blockSize: 5,
    });
    expect(got.meanReciprocalRank).toBeCloseTo(c.value, 6);
  });
});

describe("search(queries, references, k)", () => {
  const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0) / (Math.hypot(...a) * Math.hypot(...b));
  it("cosine (default): indices nearest first and their similarities, as a float64 loop, for any block size", () => {
    const want = q.map((a) => r.map((b, j) => [cosine(a, b), j]).sort((x, y) => y[0] - x[0]).slice(0, 4));
    for (const blockSize of [1, 10, undefined]) {
      const { indices, similarities, distances } = search(q, r, 4, blockSize === undefined ? {} : { blockSize });
      expect(distances).toBeUndefined();
      expect(indices.shape).toEqual([57, 4]);
      expect(indices.dtype).toBe("int32");
      expect(Array.from(indices.dataSync())).toEqual(want.flatMap((row) => row.map((x) => x[1])));
      expectClose(similarities!.dataSync(), want.flatMap((row) => row.map((x) => x[0])), { rel: 1e-5, scale: 1, label: "similarities" });
      tf.dispose([indices, similarities!]);
    }
  });

  it("a distance measure gives distances, smallest first", () => {
    const { indices, distances, similarities } = search(q, r, 3, { distance: new LpDistance({ normalizeEmbeddings: false }) });
    expect(similarities).toBeUndefined();
    const want = q.map((a) => r.map((b, j) => [Math.hypot(...a.map((v, i) => v - b[i])), j]).sort((x, y) => x[0] - y[0]).slice(0, 3));
    expect(Array.from(indices.dataSync())).toEqual(want.flatMap((row) => row.map((x) => x[1])));
    expectClose(distances!.dataSync(), want.flatMap((row) => row.map((x) => x[0])), { rel: 1e-5, scale: 1, label: "distances" });
    tf.dispose([indices, distances!]);
  });

  it("refuses bad input naming the argument, leaving nothing behind", () => {
    expectRefused(() => search(q, r, 0), ValueError, /search: argument 'k' must be an integer >= 1 and <= 43/);
    expectRefused(() => search(q, r, 44), ValueError, /search: argument 'k'/);
    expectRefused(() => search(q, matrix(3, 4), 1), ShapeError, /search: argument 'references' must be embeddings of the same size d = 5/);
    expectRefused(() => search(q, r, 2, { distance: "cosine" as never }), InputTypeError, /search: argument 'distance'/);
    expectRefused(() => search(q, r, 2, { block: 3 } as never), InputTypeError, /search: argument 'block'.*blockSize/);
    const before = tf.memory().numTensors;
    const out = search(q, r, 2, { blockSize: 4 });
    expect(tf.memory().numTensors - before).toBe(2);
    tf.dispose([out.indices, out.similarities!]);
  });
});
