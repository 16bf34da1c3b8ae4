import { exercise06, notYet, runChecks, type PsiFunction, prediction06, experiment06, runExperiment, recordPrediction, resetPredictions } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: PsiFunction = (theta, m) => {
  const k = Math.min(m - 1, Math.floor((m * theta) / Math.PI));
  return (k % 2 === 0 ? 1 : -1) * Math.cos(m * theta) - 2 * k;
};
const hints = (f: PsiFunction) => runChecks(exercise06, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 06: ψ(θ)", () => {
  it("passes the solution on every case, including θ = 0, π and every piece boundary", () => {
    expect(runChecks(exercise06, right)).toMatchObject({ status: "passed", passed: exercise06.cases.length });
    expect(exercise06.cases.some((c) => c.input.theta === Math.PI)).toBe(true);
    expect(exercise06.cases.filter((c) => c.name.startsWith("the piece boundary")).length).toBe(1 + 2 + 3);
  });

  it("a k computed without the clamp at θ = π is harmless: ψ is continuous there", () => {
    const unclamped: PsiFunction = (theta, m) => {
      const k = Math.floor((m * theta) / Math.PI);
      return (k % 2 === 0 ? 1 : -1) * Math.cos(m * theta) - 2 * k;
    };
    expect(runChecks(exercise06, unclamped).status).toBe("passed");
  });

  it("names the plain cos(mθ), the missing shift and the missing flip", () => {
    expect(hints((t, m) => Math.cos(m * t))[0]).toContain("Hint: that is cos(mθ), which turns back up after π/m");
    const noShift: PsiFunction = (t, m) => {
      const k = Math.min(m - 1, Math.floor((m * t) / Math.PI));
      return (k % 2 === 0 ? 1 : -1) * Math.cos(m * t);
    };
    expect(hints(noShift)[0]).toContain("Hint: the flip is right, the shift is missing");
    const noFlip: PsiFunction = (t, m) => Math.cos(m * t) - 2 * Math.min(m - 1, Math.floor((m * t) / Math.PI));
    expect(hints(noFlip)[0]).toContain("Hint: the shift is right, the flip is missing");
  });

  it("says 'not yet' for the untouched template", () => {
    expect(runChecks(exercise06, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 06: prediction and experiment", () => {
  it("ψ(150°) = −4 for m = 3 (the lesson prints ψ(π), not this)", () => {
    expectQuestion(prediction06(), -4, -7, "so ψ is −2k");
  });

  it("class 1's boundary between weights 60° apart is at 60°/(m + 1), found by a bisection of ψ(θ₁) = cos(K − θ₁)", () => {
    const measured = expectExperiment(experiment06(), [1, 2, 3], 1.5);
    expect(measured).toEqual([30, 20, 15]);
    // a bisection with the library's psi lands within the tolerance
    const e = experiment06();
    const bisect = (m: number) => {
      let lo = 0;
      let hi = Math.PI / 3;
      for (let k = 0; k < 60; k++) {
        const mid = (lo + hi) / 2;
        if (right(mid, m) >= Math.cos(Math.PI / 3 - mid)) lo = mid;
        else hi = mid;
      }
      return (lo * 180) / Math.PI;
    };
    recordPrediction(prediction06().title, -4);
    expect(runExperiment(e, [1, 2, 3, 4].map((m) => ({ setting: m, measured: bisect(m) }))).status).toBe("passed");
    resetPredictions();
  });
});
