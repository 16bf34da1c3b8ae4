/**
 * The explorables' kit, its pure part (no DOM): data helpers, the live metrics against float64 plain
 * loops written here, and the training driver's play / pause / step / reset / pauseAt logic with a
 * fake clock and a fake trainer.
 */
import { Rng } from "losslab";
import { bytesToUnit, decodeBase64, epochBatches, gatherRows, gaussianClusters } from "../../lib/course/src/explore/kit/data";
import { accuracy, angleSummary, argmaxRows, recall, unitAngle } from "../../lib/course/src/explore/kit/metrics";
import { TrainingDriver, type Trainer } from "../../lib/course/src/explore/kit/driver";

describe("data helpers", () => {
  it("decodes base64 as Node's Buffer does, with and without padding, and refuses other characters", () => {
    const rng = new Rng(3);
    for (const n of [0, 1, 2, 3, 4, 5, 100, 257]) {
      const bytes = Uint8Array.from({ length: n }, () => rng.int(256));
      const text = Buffer.from(bytes).toString("base64");
      expect(Array.from(decodeBase64(text))).toEqual(Array.from(bytes));
      expect(Array.from(decodeBase64(text.replace(/=+$/, "")))).toEqual(Array.from(bytes));
    }
    expect(() => decodeBase64("ab$d")).toThrow(/not base64/);
    expect(() => decodeBase64("abcde")).toThrow(/cannot have 5/);
    expect(Array.from(bytesToUnit(Uint8Array.from([0, 51, 255])))).toEqual([0, Math.fround(0.2), 1]);
  });

  it("draws seeded Gaussian clusters: the same seed the same points, counts per class, means near the centres", () => {
    const options = { centres: [[0, 0], [5, -3]], counts: [400, 100], std: 0.5, seed: 7 };
    const a = gaussianClusters(options);
    const b = gaussianClusters(options);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(a.count).toBe(500);
    expect(a.dim).toBe(2);
    expect(Array.from(a.y).filter((c) => c === 1).length).toBe(100);
    const other = gaussianClusters({ ...options, seed: 8 });
    expect(Array.from(other.x)).not.toEqual(Array.from(a.x));
    for (const [c, centre] of options.centres.entries()) {
      const rows = Array.from(a.y).flatMap((y, i) => (y === c ? [i] : []));
      for (const k of [0, 1]) {
        const mean = rows.reduce((s, i) => s + a.x[2 * i + k], 0) / rows.length;
        // standard error 0.5/√n: within 5 of them
        expect(Math.abs(mean - centre[k])).toBeLessThan((5 * 0.5) / Math.sqrt(rows.length));
      }
    }
    expect(() => gaussianClusters({ ...options, counts: [1] })).toThrow(/one length/);
    expect(() => gaussianClusters({ ...options, std: -1 })).toThrow(/std/);
  });

  it("cuts an epoch into seeded batches covering every row once", () => {
    const batches = epochBatches(10, 4, new Rng(1));
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches.flatMap((b) => Array.from(b)).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(epochBatches(10, 4, new Rng(1)).map((b) => Array.from(b))).toEqual(batches.map((b) => Array.from(b)));
    expect(() => epochBatches(0, 4, new Rng(1))).toThrow(/integers/);
    expect(Array.from(gatherRows(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, [2, 0]))).toEqual([5, 6, 1, 2]);
  });
});

describe("live metrics", () => {
  /** The same definitions as plain loops: centres from summed unit vectors, angles by atan2 of |a×b| and a·b. */
  function reference(features: number[][], labels: number[], classes: number) {
    const unit = (v: number[]) => {
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const angle = (a: number[], b: number[]) => {
      const dot = a.reduce((s, x, k) => s + x * b[k], 0);
      const cross = Math.sqrt(Math.max(0, a.reduce((s, x) => s + x * x, 0) * b.reduce((s, x) => s + x * x, 0) - dot * dot));
      return (Math.atan2(cross, dot) * 180) / Math.PI;
    };
    const centres = Array.from({ length: classes }, (_, c) =>
      unit(features.filter((_, i) => labels[i] === c).map(unit).reduce((s, u) => s.map((x, k) => x + u[k]), new Array(features[0].length).fill(0))),
    );
    const intra = features.map((f, i) => angle(unit(f), centres[labels[i]]));
    const inter: number[] = [];
    for (let a = 0; a < classes; a++) for (let b = a + 1; b < classes; b++) inter.push(angle(centres[a], centres[b]));
    return { intraMean: intra.reduce((s, x) => s + x, 0) / intra.length, interMin: Math.min(...inter), interMean: inter.reduce((s, x) => s + x, 0) / inter.length };
  }

  it("agrees with a plain-loop reference in 2-D and 3-D, on seeded random features", () => {
    for (const dim of [2, 3]) {
      const rng = new Rng(dim);
      const n = 60;
      const features = Array.from({ length: n }, () => Array.from({ length: dim }, () => rng.normal()));
      const labels = Array.from({ length: n }, (_, i) => i % 4);
      const got = angleSummary(Float32Array.from(features.flat()), dim, labels, 4);
      const want = reference(features, labels, 4);
      expect(got.intraMean).toBeCloseTo(want.intraMean, 3);
      expect(got.interMin).toBeCloseTo(want.interMin, 3);
      expect(got.interMean).toBeCloseTo(want.interMean, 3);
    }
  });

  it("gives known angles: classes along the axes are 90° apart with no spread; a zero feature is left out", () => {
    const f = [1, 0, 2, 0, 0, 3, 0, 1, 0, 0];
    const s = angleSummary(f, 2, [0, 0, 1, 1, 1], 2);
    expect(s.intraMean).toBeCloseTo(0, 6);
    expect(s.interMin).toBeCloseTo(90, 6);
    expect(s.interMinPair).toEqual([0, 1]);
    // a feature at 60° from class 0's other member: the centre is at 30°, each is 30° from it
    const t = angleSummary([1, 0, Math.cos(Math.PI / 3), Math.sin(Math.PI / 3), -1, 0], 2, [0, 0, 1], 2);
    expect(t.intraMean).toBeCloseTo((30 + 30 + 0) / 3, 4);
    expect(t.interMin).toBeCloseTo(150, 4);
    expect(unitAngle([1, 0], [-1, 0])).toBeCloseTo(180, 6);
    expect(() => angleSummary([1, 0], 2, [0, 1], 2)).toThrow(/feature values/);
    expect(() => angleSummary([1, 0], 2, [5], 2)).toThrow(/label 5/);
  });

  it("counts accuracy, recall and argmax by hand-checked cases", () => {
    expect(accuracy([0, 1, 1, 2], [0, 1, 2, 2])).toBe(0.75);
    expect(recall([0, 1, 1, 2], [0, 1, 2, 2], 2)).toBe(0.5);
    expect(recall([0, 1], [0, 1], 3)).toBeNaN();
    expect(Array.from(argmaxRows([0.1, 0.9, 0.5, 0.2, 3, -1], 2))).toEqual([1, 0, 0]);
    expect(() => accuracy([0], [0, 1])).toThrow(/1 predictions for 2 labels/);
  });
});

describe("training driver", () => {
  /** A trainer whose loss is 1/(step + 1) after a reset from seed s (s is recorded), each step costing `cost` fake ms. */
  function fakeTrainer(): Trainer & { resets: number[]; stepsDone: number; disposed: boolean } {
    const t = {
      resets: [] as number[],
      stepsDone: 0,
      disposed: false,
      step(): number {
        t.stepsDone++;
        clock += 10;
        return t.stepsDone === 7 && failAtSeven ? NaN : 1 / (t.stepsDone + 1);
      },
      reset(seed: number) {
        t.resets.push(seed);
        t.stepsDone = 0;
      },
      metrics: () => ({ answer: 42 }),
      dispose() {
        t.disposed = true;
      },
    };
    return t;
  }
  let clock = 0;
  let failAtSeven = false;
  beforeEach(() => {
    clock = 0;
    failAtSeven = false;
  });

  it("plays frames within the budget, stops at pauseAt exactly, steps once, resets with a seed", () => {
    const trainer = fakeTrainer();
    const driver = new TrainingDriver(trainer, { seed: 5, pauseAt: 25, frameBudgetMs: 40, now: () => clock });
    expect(trainer.resets).toEqual([5]);
    let changes = 0;
    driver.onChange(() => changes++);
    expect(driver.frame()).toBe(false); // not playing yet
    driver.play();
    expect(driver.frame()).toBe(true);
    expect(driver.steps).toBe(1); // no speed known yet: one step
    expect(driver.stepsPerSecond).toBeCloseTo(100, 6); // 10 fake ms a step
    driver.frame();
    expect(driver.steps).toBe(1 + 4); // 40 ms budget / 10 ms a step
    while (driver.running) driver.frame();
    expect(driver.steps).toBe(25);
    expect(driver.frames).toBe(7); // 1 + 6·4 = 25 steps in 7 frames
    expect(driver.metrics()).toMatchObject({ answer: 42, steps: 25, frames: 7 });
    expect(driver.loss).toBeCloseTo(1 / 26, 9);
    driver.stepOnce();
    expect([driver.steps, driver.frames, driver.running]).toEqual([26, 8, false]);
    driver.reset(9);
    expect(trainer.resets).toEqual([5, 9]);
    expect([driver.steps, driver.seed, driver.running]).toEqual([0, 9, false]);
    expect(driver.loss).toBeNaN();
    expect(driver.stepsPerSecond).toBeNaN();
    // after a reset the stop applies again; playing on past it clears it
    driver.play();
    while (driver.running) driver.frame();
    expect(driver.steps).toBe(25);
    driver.play();
    driver.frame();
    expect(driver.steps).toBeGreaterThan(25);
    expect(driver.pauseAt).toBe(0);
    expect(changes).toBeGreaterThan(10);
  });

  it("caps the steps of a frame and stops on a non-finite loss", () => {
    failAtSeven = true;
    const trainer = fakeTrainer();
    clock = 0;
    const driver = new TrainingDriver(trainer, { frameBudgetMs: 1000, maxStepsPerFrame: 3, now: () => clock });
    driver.play();
    driver.frame();
    driver.frame();
    expect(driver.steps).toBe(4); // 1, then at most 3
    driver.frame(); // steps 5, 6, 7: the seventh loss is NaN
    expect(driver.steps).toBe(7);
    expect(driver.running).toBe(false);
    expect(driver.loss).toBeNaN();
  });

  it("refuses a bad seed or pauseAt", () => {
    expect(() => new TrainingDriver(fakeTrainer(), { seed: -1 })).toThrow(/'seed' must be an integer >= 0/);
    expect(() => new TrainingDriver(fakeTrainer(), { pauseAt: 1.5 })).toThrow(/'pauseAt'/);
    expect(() => new TrainingDriver(fakeTrainer(), { maxStepsPerFrame: 0 })).toThrow(/maxStepsPerFrame/);
  });
});
