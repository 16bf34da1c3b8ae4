import { Rng } from "losslab";
import { bestSimilarities, exercise09Spec, experiment09, falseAcceptShare, loadOneShotEmbeddings, notYet, oneShotErrorOf, oneShotRunsError,
         prediction09, referenceNearestSupport, runChecks, type NearestSupportFunction, type OneShotEmbeddings, type OneShotRun } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

/** Synthetic runs: 20 random 8-D character vectors, test images = their character's vector plus noise of `noise`. */
function syntheticBlock(noise: number, runs = 3, seed = 7): OneShotEmbeddings {
  const rng = new Rng(seed);
  const vec = () => Array.from({ length: 8 }, () => rng.normal());
  return {
    source: `synthetic, noise ${noise}`,
    runs: Array.from({ length: runs }, (_, r) => {
      const support = Array.from({ length: 20 }, vec);
      const answers = Array.from({ length: 20 }, (_, k) => (7 * k + r) % 20);
      const queries = answers.map((a) => support[a].map((x) => x + noise * rng.normal()));
      return { name: `run${String(r + 1).padStart(2, "0")}`, support, queries, answers };
    }),
  };
}

/** The rule written out again: cosine by plain loops, the first maximum. */
const right: NearestSupportFunction = (support, query) => {
  let best = -Infinity;
  let index = -1;
  support.forEach((row, k) => {
    const dot = row.reduce((s, x, j) => s + x * query[j], 0);
    const c = dot / (Math.hypot(...row) * Math.hypot(...query));
    if (c > best) {
      best = c;
      index = k;
    }
  });
  return index;
};

const block = syntheticBlock(0.3);
const spec = exercise09Spec(block);
const hintOf = (f: NearestSupportFunction) => runChecks(spec, f).cases.find((c) => !c.ok)!.message.split("Hint: ")[1];

describe("exercise 09: the nearest training image by cosine", () => {
  it("passes the rule written with plain loops on every case; hand-made cases by hand", () => {
    expect(runChecks(spec, right)).toMatchObject({ status: "passed", passed: spec.cases.length });
    expect(referenceNearestSupport([[10, 10], [1, 0]], [1, 0.1])).toBe(1);
    expect(referenceNearestSupport([[5, 0.5], [1, 1]], [1, 0.1])).toBe(0);
    expect(referenceNearestSupport([[0, 1], [2, 0], [2, 0]], [1, 0.5])).toBe(1);
    expect(referenceNearestSupport([[-1, 0.2], [-0.3, -1]], [1, 0])).toBe(1);
  });

  it("names the dot product, the Euclidean distance, the smallest cosine, the last of a tie and a similarity returned", () => {
    const argBy = (score: (row: number[], q: number[]) => number, pick: "max" | "min", last = false): NearestSupportFunction => (support, query) => {
      const s = support.map((row) => score(row, query));
      const target = pick === "max" ? Math.max(...s) : Math.min(...s);
      return last ? s.lastIndexOf(target) : s.indexOf(target);
    };
    const dot = (r: number[], q: number[]) => r.reduce((a, x, j) => a + x * q[j], 0);
    const dist = (r: number[], q: number[]) => Math.hypot(...r.map((x, j) => x - q[j]));
    const cos = (r: number[], q: number[]) => dot(r, q) / (Math.hypot(...r) * Math.hypot(...q));
    expect(hintOf(argBy(dot, "max"))).toMatch(/^that is the largest dot product/);
    expect(hintOf(argBy(dist, "min"))).toMatch(/^that is the nearest row by Euclidean distance/);
    expect(hintOf(argBy(cos, "min"))).toMatch(/^a similarity: the largest cosine/);
    expect(hintOf(argBy(cos, "max", true))).toMatch(/^on a tie, return the first/);
    expect(hintOf(((s: number[][], q: number[]) => Math.max(...s.map((r) => cos(r, q)))) as NearestSupportFunction)).toMatch(/^return the index/);
    expect(runChecks(spec, () => notYet()).status).toBe("not yet");
  });

  it("the reference refuses rows of the wrong length and an empty support; a malformed block is refused", () => {
    expect(() => referenceNearestSupport([[1, 2, 3]], [1, 2])).toThrow(/referenceNearestSupport.*support\[0\]/);
    expect(() => referenceNearestSupport([], [1, 2])).toThrow(/referenceNearestSupport.*'support'/);
    expect(() => exercise09Spec({ source: "x", runs: [] })).toThrow(/exercise09Spec.*'block'/);
    const bad = syntheticBlock(0.1, 1);
    bad.runs[0].answers[0] = 20;
    expect(() => exercise09Spec(bad)).toThrow(/block\.runs\[0\]/);
  });
});

describe("exercise 09: one-shot error and 'none of these'", () => {
  it("the one-shot error by plain loops; a noise-free block has none, a noisier one more", () => {
    expect(oneShotErrorOf(syntheticBlock(0))).toBe(0);
    const noisy = syntheticBlock(1.5);
    let wrong = 0;
    noisy.runs.forEach((run) => run.queries.forEach((q, k) => { if (right(run.support, q) !== run.answers[k]) wrong += 1; }));
    expect(oneShotErrorOf(noisy)).toBeCloseTo((100 * wrong) / 60, 12);
    expect(oneShotErrorOf(noisy)).toBeGreaterThan(oneShotErrorOf(block));
  });

  it("best similarities: present is the cosine to the own character when the rule is right, absent never uses it", () => {
    const { present, absent } = bestSimilarities(syntheticBlock(0));
    expect(present.every((c) => Math.abs(c - 1) < 1e-12)).toBe(true);
    expect(absent.every((c) => c < 1 - 1e-6)).toBe(true);
    expect(falseAcceptShare(0.999999, syntheticBlock(0))).toBe(0);
    expect(falseAcceptShare(-1, syntheticBlock(0))).toBe(1);
  });

  it("prediction: with tight characters few absent queries pass the median present cosine, with loose ones many do", () => {
    expectQuestion(prediction09(syntheticBlock(0.05)), "few", "most", "absent ones");
    const loose = prediction09(syntheticBlock(3)).truth();
    expect(["most", "some"]).toContain(loose);
  });

  it("experiment: the false-accept share falls as t rises", () => {
    const [low, mid, high] = expectExperiment(experiment09(block), [0, 0.5, 0.9], 1.5);
    expect(low).toBeGreaterThanOrEqual(mid);
    expect(mid).toBeGreaterThanOrEqual(high);
    expect(low).toBeGreaterThan(high);
  });
});

describe("exercise 09: the saved embeddings (data/results/omniglot_run_embeddings.json, committed: no archive needed)", () => {
  const saved = loadOneShotEmbeddings();

  it("holds the 20 official runs, 20 training and 20 test rows each, unit length", () => {
    expect(saved.runs.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, k) => `run${String(k + 1).padStart(2, "0")}`));
    for (const run of saved.runs) {
      expect(run.support).toHaveLength(20);
      expect(run.queries).toHaveLength(20);
      expect([...run.answers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, k) => k));
      for (const row of [...run.support, ...run.queries]) expect(Math.hypot(...row)).toBeCloseTo(1, 3);
    }
  });

  it("the recorded one-shot error is what the protocols' oneShotRunsError gives on the saved rows (cosine score)", () => {
    const file = saved as OneShotEmbeddings & { oneShotErrorPercent: number };
    const asRuns = saved.runs.map((run) => ({
      name: run.name,
      training: { files: run.support.map((_, k) => `class${k}`), images: Float32Array.from(run.support.flat()), points: [] },
      test: { files: run.queries.map((_, k) => `item${k}`), images: Float32Array.from(run.queries.flat()), points: [] },
      answers: Int32Array.from(run.answers),
    })) as unknown as OneShotRun<Float32Array>[];
    const cos = (a: Float32Array | Uint8Array, b: Float32Array | Uint8Array) => {
      let dot = 0, na = 0, nb = 0;
      for (let k = 0; k < a.length; k++) { dot += a[k] * b[k]; na += a[k] * a[k]; nb += b[k] * b[k]; }
      return dot / Math.sqrt(na * nb);
    };
    const protocol = oneShotRunsError({ runs: asRuns, score: (test, training) => cos(test.image, training.image) }).errorPercent;
    expect(oneShotErrorOf(saved)).toBeCloseTo(protocol, 9);
    expect(file.oneShotErrorPercent).toBeCloseTo(protocol, 9);
  });

  it("the exercise's prediction and experiment run on it (truth one of the choices; the share falls with t)", () => {
    expect(["most", "some", "few"]).toContain(prediction09().truth());
    const e = experiment09();
    expect(e.measure(0.9)).toBeGreaterThanOrEqual(e.measure(0.99));
    expect(falseAcceptShare(-1)).toBe(1);
  });
});
