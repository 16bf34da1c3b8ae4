// NMI and AMI against scikit-learn 1.9.1's values (tests/fixtures/pml/pml_margin_reference.json, written by
// scripts/fixtures/pml_margin_reference.py), seeded k-means, and clusteringMetrics (pml's "NMI"/"AMI").
import * as fs from "fs";
import * as path from "path";
import { InputTypeError, Rng, ShapeError, ValueError, adjustedMutualInfo, clusteringMetrics, kMeans, normalizedMutualInfo, tf } from "losslab";
import { expectRefused } from "../pml/fixture";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fixture: any = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pml", "pml_margin_reference.json"), "utf8"));

describe("NMI and AMI: sklearn's values", () => {
  it.each(fixture.clustering.map((c: { name: string }) => [c.name, c]) as [string, { labels: number[]; clusters: number[]; nmi: number; ami: number }][])("%s", (_n, c) => {
    expect(normalizedMutualInfo(c.labels, c.clusters)).toBeCloseTo(c.nmi, 10);
    expect(adjustedMutualInfo(c.labels, c.clusters)).toBeCloseTo(c.ami, 10);
  });

  it("are symmetric in their two labelings and ignore the names of the clusters", () => {
    const rng = new Rng(2);
    const a = Array.from({ length: 200 }, () => rng.int(5));
    const b = a.map((v) => (rng.next() < 0.7 ? v : rng.int(5)));
    expect(normalizedMutualInfo(a, b)).toBeCloseTo(normalizedMutualInfo(b, a), 12);
    expect(adjustedMutualInfo(a, b)).toBeCloseTo(adjustedMutualInfo(b, a), 12);
    expect(adjustedMutualInfo(a, b.map((v) => 100 - 7 * v))).toBeCloseTo(adjustedMutualInfo(a, b), 12);
  });

  it("refuse labelings of different lengths, empty ones and non-integer labels", () => {
    expectRefused(() => normalizedMutualInfo([0, 1, 1], [0, 1]), ShapeError, /normalizedMutualInfo: argument 'clusters' must be as many entries as 'labels' \(3\)/);
    expectRefused(() => adjustedMutualInfo([], []), ShapeError, /adjustedMutualInfo: argument 'labels' must be at least one sample/);
    expectRefused(() => adjustedMutualInfo([0.5, 1], [0, 1]), ValueError, /adjustedMutualInfo: argument 'labels'/);
  });
});

/** n points around each of the given centres (spread 0.05). */
function blobs(centres: number[][], n: number, rng: Rng): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  centres.forEach((c, label) => {
    for (let i = 0; i < n; i++) {
      x.push(c.map((v) => v + 0.05 * rng.normal()));
      y.push(label);
    }
  });
  return { x, y };
}

describe("kMeans: seeded Lloyd iterations", () => {
  const centres = [[0, 0, 0], [5, 0, 0], [0, 5, 0], [0, 0, 5], [5, 5, 5]];
  const { x, y } = blobs(centres, 30, new Rng(8));

  it("recovers well-separated blobs (NMI = AMI = 1), the centroids at the blobs' means, for any block size", () => {
    for (const blockSize of [7, undefined]) {
      let best = 0;
      // a random start can put two centroids in one blob; some seed among a few finds the blobs
      for (let seed = 0; seed < 5 && best < 1; seed++) {
        const { assignments, centroids } = kMeans({ data: x, k: 5, seed, ...(blockSize === undefined ? {} : { blockSize }) });
        best = Math.max(best, normalizedMutualInfo(y, assignments));
        if (best === 1) {
          const c = centroids.arraySync();
          for (let label = 0; label < 5; label++) {
            const rows = x.filter((_, i) => y[i] === label);
            const mean = [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
            const cluster = assignments[y.indexOf(label)];
            mean.forEach((v, j) => expect(c[cluster][j]).toBeCloseTo(v, 4));
          }
        }
        centroids.dispose();
      }
      expect(best).toBe(1);
    }
  });

  it("a seed gives the same clusters every time, and stops once nothing changes", () => {
    const a = kMeans({ data: x, k: 5, seed: 3, iterations: 50 });
    const b = kMeans({ data: x, k: 5, seed: 3, iterations: 50 });
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments));
    expect(a.iterations).toBeLessThan(50);
    tf.dispose([a.centroids, b.centroids]);
  });

  it("k = N puts every row in its own cluster; k = 1 all in one", () => {
    const some = x.slice(0, 6);
    const all = kMeans({ data: some, k: 6 });
    expect(new Set(all.assignments).size).toBe(6);
    const one = kMeans({ data: some, k: 1 });
    expect(Array.from(one.assignments)).toEqual([0, 0, 0, 0, 0, 0]);
    tf.dispose([all.centroids, one.centroids]);
  });

  it("refuses bad input before computing, and leaves only its centroids", () => {
    expectRefused(() => kMeans({ data: x, k: 0 }), ValueError, /kMeans: argument 'k' must be an integer >= 1 and <= 150/);
    expectRefused(() => kMeans({ data: x, k: 151 }), ValueError, /kMeans: argument 'k'/);
    expectRefused(() => kMeans({ data: [[1, NaN]], k: 1 }), ValueError, /kMeans: argument 'data'/);
    expectRefused(() => kMeans({ data: x, k: 2, iteration: 3 } as never), InputTypeError, /kMeans: argument 'iteration'.*iterations/);
    const before = tf.memory().numTensors;
    const out = kMeans({ data: x, k: 3 });
    expect(tf.memory().numTensors - before).toBe(1);
    out.centroids.dispose();
  });
});

describe("clusteringMetrics: pml AccuracyCalculator's NMI and AMI", () => {
  it("k-means with as many clusters as classes, then NMI and AMI of classes and clusters", () => {
    const { x, y } = blobs([[0, 0], [4, 0], [0, 4]], 20, new Rng(9));
    const before = tf.memory().numTensors;
    const m = clusteringMetrics({ embeddings: x, labels: y, seed: 1 });
    expect(tf.memory().numTensors).toBe(before);
    expect(new Set(m.clusters).size).toBe(3);
    expect(m.NMI).toBeCloseTo(normalizedMutualInfo(y, m.clusters), 12);
    expect(m.AMI).toBeCloseTo(adjustedMutualInfo(y, m.clusters), 12);
    // random starting rows (faiss' way) may start two centroids in one blob: one of a few seeds finds the three
    const best = Math.max(...[0, 1, 2, 3, 4].map((seed) => clusteringMetrics({ embeddings: x, labels: y, seed }).AMI));
    expect(best).toBe(1);
  });

  it("refuses labels of another length and misspelt options", () => {
    expectRefused(() => clusteringMetrics({ embeddings: [[0], [1]], labels: [0] }), ShapeError, /clusteringMetrics: argument 'labels' must be 2 labels/);
    expectRefused(() => clusteringMetrics({ embeddings: [[0], [1]], labels: [0, 1], seeds: 1 } as never), InputTypeError, /clusteringMetrics: argument 'seeds'.*seed/);
  });
});
