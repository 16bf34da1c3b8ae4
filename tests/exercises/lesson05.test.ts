import { exercise05, notYet, runChecks, type AngleFunction, prediction05, experiment05, conclusion05 } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
const right: AngleFunction = (x, w) => Math.acos(Math.min(1, Math.max(-1, dot(x, w) / Math.sqrt(dot(x, x) * dot(w, w)))));
const message = (f: AngleFunction) => runChecks(exercise05, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 05: the angle between x and w", () => {
  it("passes the solution on every case", () => {
    expect(runChecks(exercise05, right)).toMatchObject({ status: "passed", passed: exercise05.cases.length });
  });

  it("catches the missing clamp on parallel vectors (NaN), with the hint", () => {
    const unclamped: AngleFunction = (x, w) => Math.acos(dot(x, w) / (Math.sqrt(dot(x, x)) * Math.sqrt(dot(w, w))));
    const failed = message(unclamped);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.join(" ")).toContain("Hint: Math.acos gives NaN outside [-1, 1]");
  });

  it("names degrees, the cosine and a missing normalisation in its hints", () => {
    expect(message((x, w) => (right(x, w) * 180) / Math.PI)[0]).toContain("Hint: return radians, not degrees.");
    expect(message((x, w) => Math.cos(right(x, w)))[0]).toContain("Hint: that is cos θ");
    expect(message((x, w) => Math.acos(Math.max(-1, Math.min(1, dot(x, w)))))[0]).toContain("Hint: divide x·w by ‖x‖‖w‖");
  });

  it("says 'not yet' for the untouched template", () => {
    expect(runChecks(exercise05, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 05: prediction, experiment and conclusion", () => {
  it("random vectors in 128 dimensions are 90° apart on average, within 3°", () => {
    expectQuestion(prediction05(), 88, 60, "centres on 90°");
  });

  it("the spread of the angle shrinks with the dimension, about 57.3°/√d", () => {
    const [two, wide] = expectExperiment(experiment05(), [2, 256], 1.5);
    expect(two).toBeGreaterThan(40);
    expect(wide).toBeCloseTo(57.3 / Math.sqrt(256), 0);
    expectQuestion(conclusion05(), "shrinks", "stays", "at d = 512");
  });
});
