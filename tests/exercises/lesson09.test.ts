import { tarAtFar } from "losslab";
import { exercise09, prediction09, experiment09, openSetPairs, impostorScores, ratesAtThreshold,
         referenceThresholdAtFar, notYet, runChecks, type ThresholdAtFarFunction } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: ThresholdAtFarFunction = (scores, far) => {
  const sorted = scores.slice().sort((a, b) => b - a);
  const k = Math.floor(far * sorted.length + 1e-9);
  return k >= sorted.length ? -Infinity : sorted[k];
};
const hintOf = (f: ThresholdAtFarFunction) => runChecks(exercise09, f).cases.find((c) => !c.ok)!.message.split("Hint: ")[1];

describe("exercise 09: a threshold at a fixed FAR", () => {
  it("passes the solution on every case; the hand-made cases by hand", () => {
    expect(runChecks(exercise09, right)).toMatchObject({ status: "passed", passed: exercise09.cases.length });
    const ten = [0.1, 0.5, 0.3, 0.9, 0.2, 0.4, 0.8, 0.6, 0.7, 0];
    expect(referenceThresholdAtFar(ten, 0.1)).toBe(0.8);
    expect(referenceThresholdAtFar(ten, 0.3)).toBe(0.6);
    expect(referenceThresholdAtFar([0.2, 0.7, 0.4], 0)).toBe(0.7);
    expect(referenceThresholdAtFar([0.2, 0.7, 0.4], 1)).toBe(-Infinity);
  });

  it("the threshold meets the FAR and is the lowest that does: the library's tarAtFar agrees on the seen pairs", () => {
    const { seen } = openSetPairs();
    const t = referenceThresholdAtFar(impostorScores(seen), 0.01);
    const rates = ratesAtThreshold(seen, t);
    expect(rates.far).toBeLessThanOrEqual(0.01);
    expect(rates.tar).toBeCloseTo(tarAtFar({ ...seen, kind: "similarity" }, 0.01), 10);
  });

  it("names an ascending sort, accepting at ≥ t and rounding far·n up", () => {
    const ascending: ThresholdAtFarFunction = (s, far) => s.slice().sort((a, b) => a - b)[Math.floor(far * s.length + 1e-9)] ?? -Infinity;
    const atOrAbove: ThresholdAtFarFunction = (s, far) => {
      const sorted = s.slice().sort((a, b) => b - a);
      const k = Math.floor(far * s.length + 1e-9);
      return k === 0 ? sorted[0] : sorted[k - 1];
    };
    const roundedUp: ThresholdAtFarFunction = (s, far) => s.slice().sort((a, b) => b - a)[Math.ceil(far * s.length - 1e-9)] ?? -Infinity;
    expect(hintOf(ascending)).toMatch(/^the scores are similarities \(large = same\)/);
    expect(hintOf(atOrAbove)).toMatch(/^a pair is accepted when its score is strictly above t/);
    expect(hintOf(roundedUp)).toMatch(/^round far·n down/);
  });

  it("bad input: an array instead of a number; the reference refuses an empty list and a FAR outside [0, 1]; notYet()", () => {
    expect(hintOf(((s: number[]) => s) as unknown as ThresholdAtFarFunction)).toBe("return one number, the threshold t.");
    expect(() => referenceThresholdAtFar([], 0.1)).toThrow(/referenceThresholdAtFar.*impostors/);
    expect(() => referenceThresholdAtFar([0.1], 2)).toThrow(/referenceThresholdAtFar.*far/);
    expect(runChecks(exercise09, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 09: prediction and experiment", () => {
  it("the threshold chosen on seen digits lets more than 1 % of unseen impostors through", () => {
    expectQuestion(prediction09(), "above", "about", "on digits 5–9 the FAR is");
  });

  it("TAR on unseen digits grows with the target FAR", () => {
    const [strict, loose] = expectExperiment(experiment09(), [0.01, 0.1], 1.5);
    expect(strict).toBeLessThan(loose);
  });
});
