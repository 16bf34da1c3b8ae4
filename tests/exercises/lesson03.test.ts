import { exercise03, runChecks, type CrossEntropyFunction, prediction03, experiment03, conclusion03 } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: CrossEntropyFunction = (scores, labels) =>
  scores.map((s, i) => {
    const m = Math.max(...s);
    return m + Math.log(s.reduce((a, v) => a + Math.exp(v - m), 0)) - s[labels[i]];
  });
const naive: CrossEntropyFunction = (scores, labels) =>
  scores.map((s, i) => -Math.log(Math.exp(s[labels[i]]) / s.reduce((a, v) => a + Math.exp(v), 0)));
const failing = (f: CrossEntropyFunction) => runChecks(exercise03, f).cases.filter((c) => !c.ok);

describe("exercise 03: softmax cross-entropy", () => {
  it("passes the solution on every case", () => {
    expect(runChecks(exercise03, right)).toMatchObject({ status: "passed", passed: exercise03.cases.length });
  });

  it("passes the naive formula everywhere but on scores of ±1000, and says why", () => {
    const bad = failing(naive);
    expect(bad.map((c) => c.name)).toEqual(["scores of ±1000", "every score −1000"]);
    expect(bad[0].message).toMatch(
      /^on scores = \[\[1000, -1000, 0\], \[1000, 999, 998\]\], labels = \[1, 2\]: expected \[2000, 2\.40761\], got \[Infinity, NaN\]/,
    );
    expect(bad[0].message).toContain("Hint: e^1000 overflows to Infinity");
    expect(bad[1].message).toMatch(/^on scores = \[\[-1000, -1000\]\], labels = \[0\]: expected \[0\.693147\], got \[NaN\] \(entry 0 is NaN\)/);
  });

  it("gives the right hint for a missing minus, log₁₀ and one mean instead of one loss per sample", () => {
    const hint = (f: CrossEntropyFunction) => failing(f)[0].message.split("Hint: ")[1];
    expect(hint((s, l) => right(s, l).map((v) => -v))).toMatch(/^the minus sign is missing/);
    expect(hint((s, l) => right(s, l).map((v) => v / Math.LN10))).toMatch(/^use the natural logarithm/);
    const mean = ((s: number[][], l: number[]) => right(s, l).reduce((a, b) => a + b, 0) / l.length) as unknown as CrossEntropyFunction;
    const batch = failing(mean).find((c) => c.name === "a batch of 5 samples");
    expect(batch?.message).toContain("expected 5 numbers, got 1");
    expect(batch?.message).toContain("Hint: return one loss per sample (an array of 5 numbers), not their mean.");
  });
});

describe("exercise 03: prediction, experiment and conclusion", () => {
  it("ten equal scores cost log 10", () => {
    expect(prediction03().truth()).toBeCloseTo(Math.log(10), 5);
    expectQuestion(prediction03(), Math.log(10), Math.log10(10), "CE = −log(1/C) = log C");
  });

  it("scaling right scores by t drives the loss from log 3 to 0", () => {
    const [zero, one, large] = expectExperiment(experiment03(), [0, 2, 50], -1);
    expect(zero).toBeCloseTo(Math.log(3), 5);
    expect(one).toBeLessThan(zero);
    expect(large).toBeLessThan(1e-6);
    expectQuestion(conclusion03(), "0", "log 3", "CE → 0");
  });
});
