import { exercise05, notYet, runChecks, type AngleFunction } from "losslab-course";

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
