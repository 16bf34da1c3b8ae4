/**
 * The saved results of lesson 09's long experiments (data/results/*.json) and their drift tests: on the
 * native backend (the one the experiments are defined on, and the run of `npm test` that has it) each
 * npm script is re-run with its own, unchanged configuration into a temporary file, and every per-seed
 * number must match the saved one within the tolerance below. The runs are seeded and, on one kind of
 * machine, repeat bit for bit; the tolerance leaves room for libtensorflow's thread scheduling on
 * another machine, and is far below the differences the verdicts are about.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputTypeError } from "losslab";
import { CAPSTONE_NAMES, FASHION_MLP_EXPERIMENT, FASHION_MLP_PUBLISHED, OPEN_SET_EXPERIMENT, OPEN_SET_MEASURES,
         fashionMlpTableRows, openSetAngleRows, openSetPixelVerdict, openSetResultsJson, openSetTableRows,
         openSetVerdict, parseFashionMlpResults, parseOpenSetResults, perSeed, runFashionMlpReproduction,
         runOpenSetExperiment, type FashionMlpResults, type OpenSetMeasure, type OpenSetResults } from "losslab-course";
import { testBackend } from "../backends";

const root = path.resolve(__dirname, "..", "..");
const resultsDir = path.join(root, "data", "results");
const readOpenSet = (file: string) => parseOpenSetResults(fs.readFileSync(file, "utf8"));
const readMlp = (file: string) => parseFashionMlpResults(fs.readFileSync(file, "utf8"));

/** Largest drift allowed in one per-seed number, in the unit of its column. */
const OPEN_SET_TOLERANCE: Record<OpenSetMeasure, number> = {
  closedSetAccuracy: 0.5, // points
  openSetAuc: 0.005,
  openSetTar: 1.5, // points: TAR at 1 % FAR rests on the 20 highest-scored of 2,000 different-class pairs
  openSetAccuracy: 0.5,
  extraOpenSetAuc: 0.005,
  extraOpenSetTar: 1.5,
  intraAngle: 0.5, // degrees
  interAngle: 0.5,
  unseenIntraAngle: 0.5,
  unseenInterAngle: 0.5,
  unseenAngleRatio: 0.01,
};
const MLP_TOLERANCE = 0.005; // test accuracy, as a fraction

/** Runs an experiment script into a temporary file and returns what it wrote. */
function rerun<T>(experiment: string, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-experiment-"));
  try {
    const out = path.join(dir, "results.json");
    execFileSync(process.execPath, [path.join(root, "scripts", "experiment.js"), experiment, "--out", out], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    return read(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every drift beyond tolerance, as "loss, seed s, measure: saved → now". */
function openSetDrifts(saved: OpenSetResults, now: OpenSetResults): string[] {
  const drifts: string[] = [];
  for (const loss of saved.losses) {
    for (const key of Object.keys(OPEN_SET_TOLERANCE) as OpenSetMeasure[]) {
      const a = perSeed(saved, loss, OPEN_SET_MEASURES[key].value);
      const b = perSeed(now, loss, OPEN_SET_MEASURES[key].value);
      a.forEach((v, i) => {
        if (!(Math.abs(v - b[i]) <= OPEN_SET_TOLERANCE[key])) drifts.push(`${CAPSTONE_NAMES[loss]}, seed ${saved.seeds[i]}, ${key}: ${v} → ${b[i]}`);
      });
    }
  }
  // the raw-pixel reference: no training, so only the pairs (seeded) can move it
  for (const [key, values] of Object.entries(saved.pixelBaseline) as [keyof OpenSetResults["pixelBaseline"], number[]][]) {
    values.forEach((v, i) => {
      if (!(Math.abs(v - now.pixelBaseline[key][i]) <= 1e-6)) drifts.push(`raw pixels, seed ${saved.seeds[i]}, ${key}: ${v} → ${now.pixelBaseline[key][i]}`);
    });
  }
  return drifts;
}

describe("saved open-set results (data/results/open_set.json)", () => {
  const file = path.join(resultsDir, "open_set.json");
  const saved = readOpenSet(file);

  it("were made with the experiment's configuration, every head over every seed", () => {
    expect(saved.config).toEqual(JSON.parse(JSON.stringify(OPEN_SET_EXPERIMENT)));
    expect(saved.losses).toEqual([...OPEN_SET_EXPERIMENT.losses]);
    expect(saved.seeds).toEqual([...OPEN_SET_EXPERIMENT.seeds]);
    expect(saved.command).toBe("npm run experiment:open-set");
    expect(saved.backend).toMatch(/tensorflow/);
    for (const run of saved.runs) {
      expect(run.rows.map((r) => r.loss)).toEqual(saved.losses);
      for (const r of run.rows) {
        for (const key of Object.keys(OPEN_SET_MEASURES) as OpenSetMeasure[]) expect(Number.isFinite(OPEN_SET_MEASURES[key].value(r))).toBe(true);
        expect(r.steps).toBe(saved.stepsPerLoss);
      }
    }
    expect(saved.data.trainImages).toBe(5 * 7000 * 0.8);
    expect(saved.data.unseenImages).toBe(5 * 7000);
    expect(saved.data.extraUnseenImages).toBe(10000);
    for (const values of Object.values(saved.pixelBaseline)) {
      expect(values).toHaveLength(saved.seeds.length);
      for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  it("give tables with one row per head and a verdict that counts every comparison", () => {
    const rows = openSetTableRows(saved);
    expect(rows.map((r) => r.loss)).toEqual(saved.losses.map((l) => CAPSTONE_NAMES[l]));
    expect(rows[0]["ROC AUC, unseen clothes"]).toMatch(/^0\.\d+ ± 0\.\d+$/);
    expect(openSetAngleRows(saved)).toHaveLength(saved.losses.length);
    const verdict = openSetVerdict(saved);
    const heads = saved.losses.length - 1;
    const counted = verdict.match(/and (\d+) comparisons of a margin head with softmax \(paired by seed\): (\d+) ahead of softmax beyond the noise, (\d+) behind it, (\d+) level/);
    expect(counted).not.toBeNull();
    const [total, ahead, behind, level] = counted!.slice(1).map(Number);
    expect(total).toBe(7 * heads);
    expect(ahead + behind + level).toBe(total);
    expect(verdict).toMatch(/Final λ after \d+ steps: L-Softmax .*A-Softmax 5 \(paper's λ_min 5: reached\)/);
    const pixels = openSetPixelVerdict(saved);
    expect(pixels).toMatch(/^ROC AUC, unseen clothes: .*raw pixels.* ROC AUC, MNIST digits: .*raw pixels/);
    expect(pixels).toMatch(/TAR at FAR 1 %, MNIST digits: /);
  });

  it("are refused when the text is not saved open-set results, and the runs refuse unknown options", async () => {
    expect(() => parseOpenSetResults(5 as never)).toThrow(InputTypeError);
    expect(() => parseOpenSetResults(JSON.stringify({ experiment: "other" }))).toThrow(InputTypeError);
    expect(() => parseFashionMlpResults(JSON.stringify({ experiment: "open-set", runs: [] }))).toThrow(InputTypeError);
    await expect(runOpenSetExperiment({ seeds: [0] } as never)).rejects.toThrow(/runOpenSetExperiment/);
    await expect(runFashionMlpReproduction({ epochs: 1 } as never)).rejects.toThrow(/runFashionMlpReproduction/);
  });

  it("read back NaN where JSON holds null (the annealed λ of heads without one)", () => {
    const text = openSetResultsJson(saved);
    expect(text).toContain('"finalLambda": null');
    const again = parseOpenSetResults(text);
    expect(again.runs[0].rows.find((r) => r.loss === "softmax")!.finalLambda).toBeNaN();
    expect(again.runs[0].rows.find((r) => r.loss === "aSoftmax")!.finalLambda).toBe(5);
  });

  it("would fail the drift test on a number moved beyond its tolerance, and only then", () => {
    const moved = (key: "openSetAuc" | "closedSetAccuracy", by: number) => {
      const copy = parseOpenSetResults(openSetResultsJson(saved));
      copy.runs[1].rows[2][key] += by;
      return copy;
    };
    expect(openSetDrifts(saved, parseOpenSetResults(openSetResultsJson(saved)))).toEqual([]);
    expect(openSetDrifts(saved, moved("openSetAuc", 0.004))).toEqual([]);
    expect(openSetDrifts(saved, moved("openSetAuc", 0.006))).toEqual([expect.stringMatching(/^L-Softmax, seed 1, openSetAuc: /)]);
    // closed-set accuracy is compared in percent: 0.6 points is beyond the 0.5-point tolerance
    expect(openSetDrifts(saved, moved("closedSetAccuracy", 0.006))).toEqual([expect.stringMatching(/closedSetAccuracy/)]);
    const pixels = parseOpenSetResults(openSetResultsJson(saved));
    pixels.pixelBaseline.extraOpenSetTar[0] += 0.01;
    expect(openSetDrifts(saved, pixels)).toEqual([expect.stringMatching(/^raw pixels, seed 0, extraOpenSetTar/)]);
  });

  if (testBackend() === "tensorflow") {
    it("are what `npm run experiment:open-set` gives again, within the stated tolerance", () => {
      const now = rerun("open-set", readOpenSet);
      expect(now.config).toEqual(saved.config);
      expect(openSetDrifts(saved, now)).toEqual([]);
    }, 900_000);
  }
});

describe("saved reproduction of the Fashion-MNIST paper's MLP (data/results/fashion_mlp.json)", () => {
  const file = path.join(resultsDir, "fashion_mlp.json");
  const saved: FashionMlpResults = readMlp(file);

  it("were made with the configuration, against the published figure", () => {
    expect(saved.config).toEqual(JSON.parse(JSON.stringify(FASHION_MLP_EXPERIMENT)));
    expect(saved.published).toEqual(FASHION_MLP_PUBLISHED);
    expect(saved.runs.map((r) => r.seed)).toEqual([...FASHION_MLP_EXPERIMENT.seeds]);
    for (const r of saved.runs) {
      expect([r.trainImages, r.testImages]).toEqual([60000, 10000]);
      expect(r.testAccuracy).toBeGreaterThan(0.1);
      expect(r.testAccuracy).toBeLessThanOrEqual(1);
    }
    const row = fashionMlpTableRows(saved)[0];
    expect(row.published).toBe("87.0 (5 runs)");
    expect(row["ours − published (points)"]).toMatch(/^−?\d+\.\d+ ± \d+\.\d+$/);
  });

  if (testBackend() === "tensorflow") {
    it("are what `npm run experiment:reproduce` gives again, within ±0.5 points per seed", () => {
      const now = rerun("reproduce", readMlp);
      expect(now.config).toEqual(saved.config);
      const drifts = saved.runs.map((r, i) => ({ seed: r.seed, saved: r.testAccuracy, now: now.runs[i]?.testAccuracy }))
        .filter((d) => !(Math.abs(d.saved - d.now) <= MLP_TOLERANCE)).map((d) => `seed ${d.seed}: ${d.saved} → ${d.now}`);
      expect(drifts).toEqual([]);
    }, 600_000);
  }
});
