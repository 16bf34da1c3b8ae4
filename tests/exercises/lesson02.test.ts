import { exercise02, runChecks, type LogitGradientFunction, prediction02, experiment02 } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const right: LogitGradientFunction = (y, z) => z.map((zi, i) => sigma(zi) - y[i]);
const failing = (f: LogitGradientFunction) => runChecks(exercise02, f).cases.filter((c) => !c.ok);

describe("exercise 02: the gradient through the sigmoid", () => {
  it("passes the solution on every case, ±1000 included", () => {
    expect(runChecks(exercise02, right)).toMatchObject({ status: "passed", passed: exercise02.cases.length });
  });

  it("catches the unsimplified chain rule at ±1000 with a message naming the input and the NaN", () => {
    const chain: LogitGradientFunction = (y, z) =>
      z.map((zi, i) => {
        const p = sigma(zi);
        return ((p - y[i]) / (p * (1 - p))) * (p * (1 - p));
      });
    const bad = failing(chain);
    expect(bad.map((c) => c.name)).toEqual(["logits of ±1000"]);
    expect(bad[0].message).toMatch(/^on y = \[1, 0, 1, 0\], z = \[1000, -1000, -1000, 1000\]: expected \[0, 0, -1, 1\], got \[NaN, NaN, NaN, NaN\]/);
    expect(bad[0].message).toContain("Hint: at |z| = 1000 something overflowed");
  });

  it("gives the right hint for the squared error's gradient, ∂L/∂ŷ and a flipped sign", () => {
    const hint = (f: LogitGradientFunction) => failing(f)[0].message.split("Hint: ")[1];
    expect(hint((y, z) => z.map((zi, i) => 2 * (sigma(zi) - y[i]) * sigma(zi) * (1 - sigma(zi))))).toMatch(/squared error's gradient/);
    expect(hint((y, z) => z.map((zi, i) => (sigma(zi) - y[i]) / (sigma(zi) * (1 - sigma(zi)))))).toMatch(/^this is ∂L\/∂ŷ/);
    expect(hint((y, z) => right(y, z).map((g) => -g))).toMatch(/^the sign is flipped/);
    expect(failing((y, z) => right(y, z).slice(1))[0].message).toContain("expected 1 number, got 0");
  });
});

describe("exercise 02: prediction and experiment", () => {
  it("cross-entropy pushes a confidently wrong logit harder, with both gradients shown", () => {
    // the ratio is 1/(2ŷ(1 − ŷ)) at ŷ = σ(−8): about 1500 (lesson 02 tabulates it at other ŷ)
    const yHat = 1 / (1 + Math.exp(8));
    const ratio = prediction02().truth();
    expect(Math.abs(ratio / (1 / (2 * yHat * (1 - yHat))) - 1)).toBeLessThan(1e-3);
    expectQuestion(prediction02(), 1500, 2, "under cross-entropy and ");
  });

  it("from a confidently wrong start, cross-entropy recovers and the squared error stalls", () => {
    const [mse, bce] = expectExperiment(experiment02(), [{ loss: "mse" as const, w0: -5 }, { loss: "bce" as const, w0: -5 }], { loss: "l2", w0: 1 });
    expect(bce).toBeLessThan(20);
    expect(mse).toBeGreaterThan(bce);
  });
});
