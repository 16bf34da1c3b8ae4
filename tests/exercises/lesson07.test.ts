import { psi } from "losslab";
import { exercise07, notYet, runChecks, type ASoftmaxClassFunction } from "losslab-course";

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
