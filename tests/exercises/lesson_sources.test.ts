/**
 * No exercise's answer is printed by its lesson, as far as the lesson's committed source cells (code and
 * markdown; notebooks are committed without outputs) can show it: the constants the checkers expect do not
 * appear there, the lesson never computes a prediction at the exercise's setting, and the settings an
 * experiment refuses are exactly the ones the lesson computes.
 */
import * as fs from "fs";
import * as path from "path";
import {
  prediction00, prediction02, prediction03, prediction03b, prediction04a, prediction05, prediction06, prediction07, experiment01, experiment02,
  LESSON01_DELTAS, PREDICTION01_DELTA, PREDICTION03B, PREDICTION06, PREDICTION07, PREDICTION08_SCALE, type Question,
} from "losslab-course";

const root = path.join(__dirname, "..", "..");

/** The source of every cell of a lesson, code and markdown, joined. */
function lessonSource(prefix: string): { all: string; code: string[] } {
  const dir = path.join(root, "notebooks");
  const file = fs.readdirSync(dir).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(".ipynb"));
  if (!file) throw new Error(`no lesson notebooks/${prefix}_*.ipynb`);
  const nb = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { cells: { cell_type: string; source: string | string[] }[] };
  const text = (c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join("") : c.source);
  return { all: nb.cells.map(text).join("\n"), code: nb.cells.filter((c) => c.cell_type === "code").map(text) };
}

/** The ways a number is written in a lesson's text or code, of 4 characters or more (shorter ones are everywhere). */
function renderings(v: number): string[] {
  const forms = [v.toPrecision(3), v.toPrecision(4), v.toFixed(2), v.toFixed(3), v.toFixed(4)].map((s) => String(+s));
  return [...new Set(forms)].filter((s) => s.length >= 4);
}

/** Every number in `[...]` arrays and `delta: x` options of the code cells that mention `word`. */
function literalsNear(code: string[], word: RegExp): number[] {
  const found: number[] = [];
  for (const cell of code.filter((c) => word.test(c))) {
    for (const m of cell.matchAll(/\[([-\d.,\s]+)\]/g)) found.push(...m[1].split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number));
    for (const m of cell.matchAll(/delta:\s*([-\d.]+)/g)) found.push(Number(m[1]));
  }
  return found.filter((v) => Number.isFinite(v));
}

describe("no exercise's answer in its lesson's source", () => {
  const numeric: [string, string, () => Question<number>][] = [
    ["00", "00", prediction00], ["02", "02", prediction02], ["03", "03", prediction03], ["03b", "03", prediction03b], ["04a", "04a", prediction04a],
    ["05", "05", prediction05], ["06", "06", prediction06], ["07", "07", prediction07],
  ];

  it.each(numeric)("exercise %s: the prediction's value is not written in lesson %s", (_ex, lesson, q) => {
    const { all } = lessonSource(lesson);
    for (const s of renderings(q().truth())) expect(all.includes(s) ? s : "").toBe("");
  });

  it("every prediction is only recorded: the checker marks it when the experiment's runs are in", () => {
    for (const [, , q] of numeric) expect(q().kind).toBe("prediction");
  });

  it("exercise 00: the lesson measures η_max on x itself, never on x halved", () => {
    const { code } = lessonSource("00");
    expect(code.join("\n")).not.toMatch(/LinearRegression\(\s*x\.map/);
    expect(prediction00().truth()).toBeCloseTo(0.8, 12);
  });

  it("exercise 01: the lesson fits no Huber line at the prediction's δ, and the experiment refuses every δ it does fit", () => {
    const { code } = lessonSource("01");
    const deltas = literalsNear(code, /huber/i).filter((d) => d > 0);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas).not.toContain(PREDICTION01_DELTA);
    for (const d of deltas) expect(LESSON01_DELTAS).toContain(d);
    expect(experiment01().lessonPrinted?.settings).toEqual(LESSON01_DELTAS);
  });

  it("exercise 02: the experiment refuses the lesson's start w₀ = −4 under both losses", () => {
    const { code } = lessonSource("02");
    const starts = code.join("\n").match(/init:\s*\{\s*w:\s*\[([-\d.]+)\]/g) ?? [];
    expect(starts.length).toBeGreaterThan(0);
    const w0s = starts.map((s) => Number(/\[([-\d.]+)\]/.exec(s)![1]));
    const refused = experiment02().lessonPrinted!.settings;
    for (const w0 of w0s) for (const loss of ["mse", "bce"]) expect(refused).toContainEqual({ loss, w0 });
  });

  it("exercise 03b: lesson 03 prints the focal/cross-entropy ratio at other p_t and γ than the prediction's", () => {
    const { code } = lessonSource("03");
    const cell = code.find((c) => c.includes("times smaller"))!;
    expect(cell).toBeDefined();
    expect(literalsNear([cell], /pts/)).not.toContain(PREDICTION03B.pt);
    expect(cell).not.toMatch(new RegExp(`focalAt\\(${PREDICTION03B.gamma}\\)`));
  });

  it("exercise 06: lesson 06 evaluates ψ at no fixed angle such as the prediction's, and never inverts it", () => {
    const { all, code } = lessonSource("06");
    for (const m of code.join("\n").matchAll(/psi\(([^,()]+(?:\([^()]*\))?[^,()]*),\s*([^)]+)\)/g)) {
      expect(m[1]).not.toMatch(new RegExp(`${PREDICTION06.thetaDegrees}|5 \\* Math\\.PI / 6`));
    }
    expect(all).not.toMatch(/acos|arccos|\\psi\^\{-1\}/);
  });

  it("exercise 02: lesson 02 tabulates the push of each loss at other confidences than the prediction's z = −8", () => {
    const { code } = lessonSource("02");
    const cell = code.find((c) => c.includes("CE / MSE"))!;
    expect(cell).toBeDefined();
    const yHats = literalsNear([cell], /wrong/);
    expect(yHats.length).toBeGreaterThan(0);
    for (const p of yHats) expect(Math.abs(Math.log(p / (1 - p)) - -8)).toBeGreaterThan(0.5);
  });

  it("exercise 07: lesson 07 works its cases with other weights than the prediction's point", () => {
    const { all } = lessonSource("07");
    const { K, theta1 } = PREDICTION07;
    expect(all).not.toMatch(new RegExp(`\\b${theta1}° .{0,40}${K - theta1}°|K = ${K}\\b|K: ${K}\\b`));
  });

  it("exercise 08: lesson 08 prints the best P at other scales, its bound has no margin, and it never differentiates ArcFace's target", () => {
    const { all, code } = lessonSource("08");
    const scales = [...code.join("\n").matchAll(/normalizedSoftmaxMaxProbability\([^,]+,\s*([-\d.]+)\)/g)].map((m) => Number(m[1]));
    expect(scales.length).toBeGreaterThan(0);
    expect(scales).not.toContain(PREDICTION08_SCALE);
    expect(all).not.toMatch(/\\frac\{C\}\{C\s*-\s*1\}\s*-\s*m|C\/\(C − 1\) − m/);
    expect(all).not.toMatch(/-\s*s\s*\\?sin\s*\(?\\theta|−s·sin/);
  });
});
