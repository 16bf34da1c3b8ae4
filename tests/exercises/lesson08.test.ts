import { exercise08, notYet, runChecks, type ArcFaceLogitFunction } from "losslab-course";

const right: ArcFaceLogitFunction = (theta, s, m) => (theta + m < Math.PI ? s * Math.cos(theta + m) : s * (Math.cos(theta) - m * Math.sin(m)));
const hints = (f: ArcFaceLogitFunction) => runChecks(exercise08, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 08: ArcFace's target logit", () => {
  it("passes the solution; cases on both sides of θ = π − m", () => {
    expect(runChecks(exercise08, right)).toMatchObject({ status: "passed", passed: exercise08.cases.length });
    expect(exercise08.cases.some((c) => c.input.theta + c.input.m > Math.PI)).toBe(true);
    expect(exercise08.cases.some((c) => c.input.theta === 0)).toBe(true);
  });

  it("the cosine test of insightface (cos θ > cos(π − m)) passes too", () => {
    const insightface: ArcFaceLogitFunction = (t, s, m) => (Math.cos(t) > Math.cos(Math.PI - m) ? s * Math.cos(t + m) : s * (Math.cos(t) - m * Math.sin(m)));
    expect(runChecks(exercise08, insightface).status).toBe("passed");
  });

  it("names the missing fallback, CosFace's form and the missing scale", () => {
    expect(hints((t, s, m) => s * Math.cos(t + m)).join(" ")).toContain("use the fallback cos θ − m·sin m there");
    expect(hints((t, s, m) => s * (Math.cos(t) - m))[0]).toContain("that is CosFace's s(cos θ − m)");
    expect(hints((t, s, m) => right(t, 1, m))[0]).toContain("Hint: multiply by the scale s.");
  });

  it("says 'not yet' for the untouched template", () => {
    expect(runChecks(exercise08, () => notYet()).status).toBe("not yet");
  });
});
