import { exercise04a, prediction04a, experiment04a, notYet, runChecks, type ContrastiveGradientFunction } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: ContrastiveGradientFunction = (x1, x2, y, m) =>
  x1.map((a, i) => {
    const diff = a.map((v, k) => v - x2[i][k]);
    const d2 = diff.reduce((s, v) => s + v * v, 0);
    const factor = y[i] === 0 ? 2 : d2 < m * m ? -2 : 0;
    return diff.map((v) => factor * v);
  });
const hintOf = (f: ContrastiveGradientFunction) => runChecks(exercise04a, f).cases.find((c) => !c.ok)!.message.split("Hint: ")[1];

describe("exercise 04a: the gradient of the contrastive loss", () => {
  it("passes the solution on every case; beyond the margin the gradient is 0", () => {
    expect(runChecks(exercise04a, right)).toMatchObject({ status: "passed", passed: exercise04a.cases.length });
    expect(exercise04a.reference(exercise04a.cases[2].input)).toEqual([[0, 0]]);
  });

  it("the reference (autograd of contrastiveLoss) matches finite differences", () => {
    const { input } = exercise04a.cases[1];
    const loss = (a: number[]) => Math.max(0, input.margin ** 2 - a.reduce((s, v, k) => s + (v - input.x2[0][k]) ** 2, 0));
    const numeric = input.x1[0].map((_, k) => {
      const up = input.x1[0].slice();
      const down = input.x1[0].slice();
      up[k] += 1e-6;
      down[k] -= 1e-6;
      return (loss(up) - loss(down)) / 2e-6;
    });
    exercise04a.reference(input)[0].forEach((g, k) => expect(g).toBeCloseTo(numeric[k], 4));
  });

  it("names swapped labels, the missing 2, a flipped sign, no hinge and the gradient of d", () => {
    const swapped: ContrastiveGradientFunction = (x1, x2, y, m) => right(x1, x2, y.map((v) => 1 - v), m);
    const half: ContrastiveGradientFunction = (x1, x2, y, m) => right(x1, x2, y, m).map((r) => r.map((v) => v / 2));
    const flipped: ContrastiveGradientFunction = (x1, x2, y, m) => right(x1, x2, y, m).map((r) => r.map((v) => -v));
    const noHinge: ContrastiveGradientFunction = (x1, x2, y) => right(x1, x2, y, 1e9);
    const ofD: ContrastiveGradientFunction = (x1, x2, y, m) =>
      right(x1, x2, y, m).map((r, i) => r.map((v) => v / (2 * Math.sqrt(x1[i].reduce((s, a, k) => s + (a - x2[i][k]) ** 2, 0) || 1))));
    expect(hintOf(swapped)).toMatch(/^the labels are read the other way round/);
    expect(hintOf(half)).toMatch(/^the derivative of d² = ‖x₁ − x₂‖²/);
    expect(hintOf(flipped)).toMatch(/^the sign is flipped/);
    expect(hintOf(noHinge)).toMatch(/^beyond the margin \(d ≥ m\)/);
    expect(hintOf(ofD)).toMatch(/^the notes' loss is written in d²/);
  });

  it("bad input: a flat array instead of rows; notYet() is 'not yet'", () => {
    expect(hintOf(((x1: number[][]) => x1.slice(1)) as ContrastiveGradientFunction)).toMatch(/^return one row/);
    expect(runChecks(exercise04a, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 04a: prediction and experiment", () => {
  it("a collapsed network pays m² on each dissimilar pair: ½ on a balanced batch", () => {
    expect(prediction04a().truth()).toBe(0.5);
    expectQuestion(prediction04a(), 0.5, 0, "the mean is ½");
  });

  it("a larger margin pushes more dissimilar pairs apart", () => {
    const [none, small, large] = expectExperiment(experiment04a(), [0, 1, 3], -2);
    expect(none).toBe(0);
    expect(small).toBeLessThan(large);
  });
});
