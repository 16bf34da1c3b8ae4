import { psi, radians } from "losslab";
import { exercise07, notYet, runChecks, type ASoftmaxClassFunction, prediction07, experiment07, runExperiment, recordPrediction, resetPredictions } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: ASoftmaxClassFunction = (t1, t2, m) => (psi(t1, m) >= Math.cos(t2) ? 1 : psi(t2, m) >= Math.cos(t1) ? 2 : 0);
const hints = (f: ASoftmaxClassFunction) => runChecks(exercise07, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 07: A-Softmax's binary decision", () => {
  it("passes the solution; the cases cover class 1, class 2 and the margin", () => {
    expect(runChecks(exercise07, right)).toMatchObject({ status: "passed", passed: exercise07.cases.length });
    const answers = exercise07.cases.map((c) => exercise07.reference(c.input));
    expect(new Set(answers)).toEqual(new Set([0, 1, 2]));
  });

  it("catches the literal cos(mθ₁) on large angles, with the ψ hint", () => {
    const literal: ASoftmaxClassFunction = (t1, t2, m) => (Math.cos(m * t1) >= Math.cos(t2) ? 1 : Math.cos(m * t2) >= Math.cos(t1) ? 2 : 0);
    const failed = hints(literal);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.join(" ")).toContain("use ψ(θ₁) (the library's psi) instead");
  });

  it("catches a decision without a margin (no 0) and a wrong class-2 condition", () => {
    const noMargin: ASoftmaxClassFunction = (t1, t2, m) => (psi(t1, m) >= Math.cos(t2) ? 1 : 2);
    expect(hints(noMargin).join(" ")).toContain("belongs to neither class (return 0)");
    const onlyClass1: ASoftmaxClassFunction = (t1, t2, m) => (psi(t1, m) >= Math.cos(t2) ? 1 : 0);
    expect(hints(onlyClass1).join(" ")).toContain("class 2's condition is class 1's with the roles exchanged");
    expect(hints(() => "1" as never)[0]).toContain("return the number 1, 2 or 0.");
  });

  it("says 'not yet' for the untouched template", () => {
    expect(runChecks(exercise07, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 07: prediction and experiment", () => {
  it("the halfway point between weights 30° apart lies in the margin for m = 2", () => {
    expectQuestion(prediction07(), 1, 0, "so a point this close to w₁ is class 1's");
  });

  it("the band owned by neither class is K(m − 1)/(m + 1) wide, and a scan with a right decision finds it", () => {
    expect(expectExperiment(experiment07(), [1, 2, 4], 0)).toEqual([0, 12, 21.6]);
    const decide = (t1: number, t2: number, m: number) => (psi(t1, m) >= Math.cos(t2) ? 1 : psi(t2, m) >= Math.cos(t1) ? 2 : 0);
    const scan = (m: number) => {
      let neither = 0;
      for (let i = 0; i < 3600; i++) if (decide(radians(((i + 0.5) / 3600) * 36), radians(36 - ((i + 0.5) / 3600) * 36), m) === 0) neither += 1;
      return (neither / 3600) * 36;
    };
    recordPrediction(prediction07().title, 0);
    expect(runExperiment(experiment07(), [1, 2, 3, 4].map((m) => ({ setting: m, measured: scan(m) }))).status).toBe("passed");
    resetPredictions();
  });
});
