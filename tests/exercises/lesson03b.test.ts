import { exercise03b, prediction03b, experiment03b, conclusion03b, notYet, runChecks, type FocalGradientFunction } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: FocalGradientFunction = (y, z, gamma) =>
  z.map((zi, i) => {
    const sign = y[i] === 1 ? 1 : -1;
    const pt = 1 / (1 + Math.exp(-sign * zi));
    return sign * (1 - pt) ** gamma * (gamma * pt * Math.log(pt) - (1 - pt));
  });
const hintOf = (f: FocalGradientFunction) => runChecks(exercise03b, f).cases.find((c) => !c.ok)!.message.split("Hint: ")[1];

describe("exercise 03b: the gradient of the focal loss", () => {
  it("passes the closed form on every case", () => {
    expect(runChecks(exercise03b, right)).toMatchObject({ status: "passed", passed: exercise03b.cases.length });
  });

  it("the reference (autograd of sigmoidFocalLoss) agrees with finite differences of the loss in float64", () => {
    const fl = (y: number, z: number, g: number) => {
      const pt = 1 / (1 + Math.exp(-(y === 1 ? z : -z)));
      return -((1 - pt) ** g) * Math.log(pt);
    };
    for (const { input } of exercise03b.cases.slice(0, 5)) {
      const ref = exercise03b.reference(input);
      input.z.forEach((z, i) => expect(ref[i]).toBeCloseTo((fl(input.y[i], z + 1e-6, input.gamma) - fl(input.y[i], z - 1e-6, input.gamma)) / 2e-6, 4));
    }
  });

  it("names cross-entropy's gradient, the factor held constant and a flipped sign", () => {
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(hintOf((y, z) => z.map((zi, i) => sigmoid(zi) - y[i]))).toMatch(/^this is cross-entropy's gradient σ\(z\) − y/);
    expect(hintOf((y, z, g) => z.map((zi, i) => (1 - (y[i] === 1 ? sigmoid(zi) : 1 - sigmoid(zi))) ** g * (sigmoid(zi) - y[i])))).toMatch(/^you held \(1 − p_t\)\^γ constant/);
    expect(hintOf((y, z, g) => right(y, z, g).map((v) => -v))).toMatch(/^the sign is flipped/);
  });

  it("bad input: one number instead of an array; notYet() is 'not yet'", () => {
    expect(hintOf(((y: number[]) => y.slice(1)) as FocalGradientFunction)).toMatch(/^return one number per sample/);
    expect(runChecks(exercise03b, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 03b: prediction, experiment and conclusion", () => {
  it("at p_t = 0.7 and γ = 3 (the lesson prints p_t = 0.9 and 0.968 at γ = 2) the focal loss is 1/0.3³ = 37 times smaller", () => {
    expect(prediction03b().truth()).toBeCloseTo(1 / 0.027, 2);
    expectQuestion(prediction03b(), 37, 100, "(1 − 0.7)^3 = 0.027");
  });

  it("the well-classified points' share of the loss falls as γ grows", () => {
    const [ce, focal] = expectExperiment(experiment03b(), [0, 2], -1);
    expect(focal).toBeLessThan(ce);
    expectQuestion(conclusion03b(), "falls", "rises", "at γ = 5");
  });
});
