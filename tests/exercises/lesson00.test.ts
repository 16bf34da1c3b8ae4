import { exercise00, resetHintLadders, runChecks, type CostGradient, prediction00, experiment00, descentProblem } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: CostGradient = (theta, u, y) => {
  const r = u.map((ui, i) => theta[0] + theta[1] * ui - y[i]);
  return [r.reduce((a, b) => a + b, 0) / u.length, r.reduce((a, ri, i) => a + ri * u[i], 0) / u.length];
};

describe("exercise 00: the gradient of J", () => {
  it("passes the solution on every case", () => {
    expect(runChecks(exercise00, right)).toMatchObject({ status: "passed", passed: exercise00.cases.length });
  });

  it("catches a flipped sign, a missing ½ and a sum instead of a mean, with the right hint", () => {
    const flipped: CostGradient = (t, u, y) => right(t, u, y).map((g) => -g);
    const doubled: CostGradient = (t, u, y) => right(t, u, y).map((g) => 2 * g);
    const summed: CostGradient = (t, u, y) => right(t, u, y).map((g) => g * u.length);
    expect(runChecks(exercise00, flipped).cases[0].message).toContain("Hint: the sign is flipped");
    expect(runChecks(exercise00, doubled).cases[0].message).toContain("Hint: the ½ in J cancels the 2");
    const sum = runChecks(exercise00, summed);
    // (with n = 2 a sum looks like a missing ½; the cases with n > 2 tell them apart)
    expect(sum.cases.filter((c) => !c.ok).some((c) => c.message.includes("Hint: J averages over the n samples"))).toBe(true);
    expect(sum.cases[0].ok).toBe(true); // with one sample, sum and mean agree
  });

  it("names the input and both values in its message; an unrecognised mistake climbs the ladder: a question, the section, the formula", () => {
    resetHintLadders();
    const zero = (() => [0, 0]) as CostGradient;
    const head = "on θ = [0, 0], u = [5], y = [2]: expected [-2, -10], got [0, 0] (entry 0 differs (expected -2, got 0)). Hint: ";
    expect(runChecks(exercise00, zero).cases[0].message).toBe(`${head}J is a mean of squared residuals r = θ₀ + θ₁u − y: what is the derivative of r² with respect to θ₀, and with respect to θ₁?`);
    expect(runChecks(exercise00, zero).cases[0].message).toBe(`${head}reread the section "Three ways to use the data in each step" of lesson 00; if it still fails, the next check states the formula.`);
    expect(runChecks(exercise00, zero).cases[0].message).toBe(`${head}∂J/∂θ₀ = mean(r) and ∂J/∂θ₁ = mean(r·u), with r = θ₀ + θ₁u − y.`);
    // a targeted hint is not a rung: it shows whenever its mistake is seen
    expect(runChecks(exercise00, ((t, u, y) => right(t, u, y).map((g) => -g)) as CostGradient).cases[0].message).toContain("Hint: the sign is flipped");
    resetHintLadders();
  });
});

describe("exercise 00: prediction and experiment", () => {
  it("the learning rate limit is 2/λ_max of J's Hessian: 0.8 on Anscombe's set I with x halved (the lesson prints 0.2 for x itself); 5 % is close enough", () => {
    expect(prediction00().truth()).toBeCloseTo(0.8, 12);
    expectQuestion(prediction00(), 0.81, 0.2, "2/λ_max = 0.8");
  });

  it("J after 100 updates: converging below the limit, diverging above it", () => {
    const [below, above] = expectExperiment(experiment00(), [0.7, 0.9], 2);
    expect(below).toBeCloseTo(descentProblem().cost(descentProblem().leastSquares()), 6);
    expect(above).toBeGreaterThan(1e6);
  });
});
