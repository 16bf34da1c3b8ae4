import { compare, notYet, runChecks, reportMarkdown, type ExerciseSpec } from "losslab-course";

// A tiny exercise: the square of a number.
const square: ExerciseSpec<number, number> = {
  title: "square",
  cases: [
    { name: "zero", input: 0 },
    { name: "a negative number", input: -3 },
  ],
  reference: (v) => v * v,
  call: (f: (v: number) => number, v) => f(v),
  describeInput: (v) => `v = ${v}`,
  hint: (v, _e, got) => (got === v ? "you returned v itself" : undefined),
};

describe("runChecks", () => {
  it("passes a right answer", () => {
    const r = runChecks(square, (v: number) => v ** 2);
    expect(r).toMatchObject({ status: "passed", passed: 2, total: 2 });
    expect(reportMarkdown(r)).toContain("all 2 checks pass");
  });

  it("names the failing input, the expected and the actual value, and a hint", () => {
    const r = runChecks(square, (v: number) => v);
    expect(r.status).toBe("failed");
    expect(r.passed).toBe(1); // 0 squared is 0
    expect(r.cases[1].message).toBe("on v = -3: expected 9, got -3 (the value differs). Hint: you returned v itself");
  });

  it("reports an untouched template as 'not yet', without a stack trace", () => {
    const r = runChecks(square, () => notYet());
    expect(r.status).toBe("not yet");
    expect(reportMarkdown(r)).toContain("not yet");
  });

  it("turns an exception into a failed case with its message", () => {
    const r = runChecks(square, () => {
      throw new TypeError("oops");
    });
    expect(r.cases[0].message).toBe("on v = 0 your function threw TypeError: oops");
  });

  it("says what is wrong with answers of the wrong kind", () => {
    expect(compare(1, undefined, 1e-6, 0)).toBe("the answer is undefined, not a number or an array of numbers");
    expect(compare([1, 2], [1], 1e-6, 0)).toBe("expected 2 numbers, got 1");
    expect(compare([1, 2], [1, NaN], 1e-6, 0)).toBe("entry 1 is NaN");
    expect(compare([1, 2], [1, 2.5], 1e-6, 0)).toBe("entry 1 differs (expected 2, got 2.5)");
    expect(compare([1, 2], [1, 2 + 1e-9], 1e-6, 0)).toBe("");
  });
});
