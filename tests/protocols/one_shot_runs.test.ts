import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as tf from "@tensorflow/tfjs";
import { Rng } from "losslab";
import { loadOneShotRuns, modifiedHausdorffDistance, modifiedHausdorffOneShotError, oneShotEmbeddingError, oneShotRunsError, type OneShotRun } from "losslab-course";
import { writeRuns } from "../fixtures/omniglot/synthetic_archives";

/** A run of plain data: `ways` training and test images of one pixel each (the pixel = the index). */
function run(name: string, answers: number[]): OneShotRun<Float32Array> {
  const n = answers.length;
  const files = (part: string) => Array.from({ length: n }, (_, i) => `${name}/${part}/${i}.png`);
  const pts = Array.from({ length: n }, () => Float64Array.from([0, 0]));
  return {
    name,
    training: { files: files("training"), images: Float32Array.from({ length: n }, (_, i) => i), points: pts },
    test: { files: files("test"), images: Float32Array.from({ length: n }, (_, i) => i), points: pts },
    answers: Int32Array.from(answers),
  };
}

describe("oneShotRunsError: demo_classification.py's scoring", () => {
  const runs = [run("run01", [2, 0, 1, 3]), run("run02", [1, 1, 0, 3])];

  it("a cost that is 0 on the answer gives 0 % error; argmin/argmax ties go to the first training image", () => {
    const perfect = oneShotRunsError({ runs, cost: (t, c) => (runs[t.run].answers[t.index] === c.index ? 0 : 1) });
    expect(perfect.errorPercent).toBe(0);
    expect(perfect.runs.map((r) => r.predictions)).toEqual([[2, 0, 1, 3], [1, 1, 0, 3]]);
    // a constant: every test image gets training image 0; run01 has one answer 0 of 4, run02 one of 4
    const constant = oneShotRunsError({ runs, score: () => 7 });
    expect(constant.runs.map((r) => r.errorPercent)).toEqual([75, 75]);
    expect(constant.errorPercent).toBe(75);
    // cost vs score: the same function read the other way round picks the largest
    const byPixel = (t: { image: ArrayLike<number> }, c: { image: ArrayLike<number> }) => Math.abs(t.image[0] + 0.5 - c.image[0]);
    expect(oneShotRunsError({ runs, cost: byPixel }).runs[0].predictions).toEqual([0, 1, 2, 3]);
    expect(oneShotRunsError({ runs, score: byPixel }).runs[0].predictions).toEqual([3, 0, 0, 0]); // item 1 (1.5) is 1.5 from both 0 and 3: the first wins
  });

  it("refuses neither or both of cost and score, a cost returning NaN, and runs that are not runs", () => {
    expect(() => oneShotRunsError({ runs })).toThrow(/exactly one of 'cost' and 'score'.*neither/);
    expect(() => oneShotRunsError({ runs, cost: () => 1, score: () => 1 })).toThrow(/both/);
    expect(() => oneShotRunsError({ runs, cost: () => NaN })).toThrow(/run01\/test\/0.png vs run01\/training\/0.png/);
    expect(() => oneShotRunsError({ runs: [{}] as never, cost: () => 1 })).toThrow(/runs\[0\]/);
    expect(() => oneShotRunsError({ runs, cots: () => 1 } as never)).toThrow(/did you mean 'cost'/);
  });

  it("oneShotEmbeddingError is the nearest-neighbour rule of a plain loop, for cosine and euclidean, rows or tensors (no tensor left)", () => {
    const rng = new Rng(5);
    const emb = (n: number) => Array.from({ length: n }, () => Array.from({ length: 3 }, () => rng.normal()));
    const training = runs.map(() => emb(4));
    const test = runs.map(() => emb(4));
    for (const similarity of ["cosine", "euclidean"] as const) {
      const sim = (a: number[], b: number[]) => similarity === "euclidean" ? -Math.hypot(...a.map((v, k) => v - b[k]))
        : a.reduce((s, v, k) => s + v * b[k], 0) / Math.hypot(...a) / Math.hypot(...b);
      const expected = runs.map((r, k) => test[k].map((q) => { const s = training[k].map((t) => sim(q, t)); return s.indexOf(Math.max(...s)); }));
      const before = tf.memory().numTensors;
      const tensors = { training: training.map((t) => tf.tensor2d(t)), test: test.map((t) => tf.tensor2d(t)) };
      const got = oneShotEmbeddingError({ runs, ...tensors, similarity });
      [...tensors.training, ...tensors.test].forEach((t) => t.dispose());
      expect(tf.memory().numTensors).toBe(before);
      expect(got.runs.map((r) => r.predictions)).toEqual(expected);
      const errors = expected.map((p, k) => 100 - (100 * p.filter((v, i) => v === runs[k].answers[i]).length) / 4);
      expect(got.errorPercent).toBeCloseTo((errors[0] + errors[1]) / 2, 12);
      expect(oneShotEmbeddingError({ runs, training, test, similarity }).runs).toEqual(got.runs);
    }
    expect(() => oneShotEmbeddingError({ runs, training, test: test.slice(0, 1), similarity: "cosine" })).toThrow(/argument 'test' must be one embedding matrix per run \(2\)/);
    expect(() => oneShotEmbeddingError({ runs, training, test: [test[0], emb(3)], similarity: "cosine" })).toThrow(/test\[1\]' must be 4 rows, one per test image of run02/);
    expect(() => oneShotEmbeddingError({ runs, training, test, similarity: "dot" as never })).toThrow(/similarity/);
  });

  it("the MHD baseline on a synthetic all_runs.zip matches a plain loop over the definition", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-oneshot-"));
    try {
      writeRuns(dir, 2, 4);
      const { runs: synthetic } = loadOneShotRuns({ dir, cacheDir: path.join(dir, "cache"), size: 105 });
      const result = modifiedHausdorffOneShotError(synthetic);
      const expected = synthetic.map((r) => {
        const wrong = r.test.points.filter((p, i) => {
          const d = r.training.points.map((q) => modifiedHausdorffDistance(p, q));
          return d.indexOf(Math.min(...d)) !== r.answers[i];
        }).length;
        return (100 * wrong) / r.test.points.length;
      });
      expect(result.runs.map((r) => r.errorPercent)).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});
