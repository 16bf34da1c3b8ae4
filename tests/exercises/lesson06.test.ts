import { exercise06, notYet, runChecks, type PsiInverseFunction, psiInverseByBisection, prediction06, experiment06, runExperiment, recordPrediction, resetPredictions } from "losslab-course";
import { psi } from "losslab";
import { expectExperiment, expectQuestion } from "./helpers";

/** ψ itself, as the lesson states it (the bisection test of the experiment uses it). */
const right = (theta: number, m: number) => {
  const k = Math.min(m - 1, Math.floor((m * theta) / Math.PI));
  return (k % 2 === 0 ? 1 : -1) * Math.cos(m * theta) - 2 * k;
};
const inverse: PsiInverseFunction = (v, m) => {
  const k = Math.min(m - 1, Math.floor((1 - v) / 2));
  return (k * Math.PI + Math.acos(Math.max(-1, Math.min(1, v + 2 * k)))) / m;
};
const hints = (f: PsiInverseFunction) => runChecks(exercise06, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 06: the inverse of ψ", () => {
  it("passes the closed form on every case, including v = 1, 1 − 2m and every piece boundary; ψ(ψ⁻¹(v)) = v", () => {
    expect(runChecks(exercise06, inverse)).toMatchObject({ status: "passed", passed: exercise06.cases.length });
    expect(exercise06.cases.filter((c) => c.name.startsWith("the piece boundary")).length).toBe(1 + 2 + 3);
    for (const { input } of exercise06.cases) expect(psi(psiInverseByBisection(input), input.m)).toBeCloseTo(input.value, 9);
    expect(psiInverseByBisection({ value: -7, m: 4 })).toBeCloseTo(Math.PI, 7); // ψ is flat at π: √ε
    expect(psiInverseByBisection({ value: 1, m: 3 })).toBeCloseTo(0, 7);
  });

  it("names the NaN of arccos below −1, degrees, the missing kπ, the missing division by m and the flip undone twice", () => {
    expect(hints((v, m) => Math.acos(v) / m).join(" ")).toContain("Hint: Math.acos gives NaN outside [−1, 1]");
    expect(hints((v, m) => (inverse(v, m) * 180) / Math.PI)[0]).toContain("Hint: return radians, not degrees.");
    const noOffset: PsiInverseFunction = (v, m) => {
      const k = Math.min(m - 1, Math.floor((1 - v) / 2));
      return Math.acos(Math.max(-1, Math.min(1, v + 2 * k))) / m;
    };
    expect(hints(noOffset)[0]).toContain("add kπ before dividing by m");
    expect(hints((v, m) => inverse(v, m) * m).join(" ")).toContain("Hint: that is mθ: divide by m.");
    const flippedTwice: PsiInverseFunction = (v, m) => {
      const k = Math.min(m - 1, Math.floor((1 - v) / 2));
      return (k * Math.PI + Math.acos(Math.max(-1, Math.min(1, (k % 2 ? -1 : 1) * (v + 2 * k))))) / m;
    };
    expect(hints(flippedTwice).join(" ")).toContain("the two minus signs cancel");
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
