import { exercise01, notYet, runChecks, type HuberFunction, prediction01, experiment01, fitLine, loadAnscombe } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: HuberFunction = (y, yHat, delta) =>
  y.reduce((s, yi, i) => {
    const r = Math.abs(yHat[i] - yi);
    return s + (r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta));
  }, 0) / y.length;

const failing = (f: HuberFunction) => runChecks(exercise01, f).cases.filter((c) => !c.ok);

describe("exercise 01: Huber's loss", () => {
  it("passes the solution on every case", () => {
    expect(runChecks(exercise01, right)).toMatchObject({ status: "passed", passed: exercise01.cases.length });
  });

  it("says 'not yet' for the untouched template", () => {
    expect(runChecks(exercise01, (() => notYet()) as HuberFunction).status).toBe("not yet");
  });

  it("names the failing input and both values for MSE without the square", () => {
    // the mean of (y − ŷ), where the mean of (y − ŷ)² was meant
    const noSquare: HuberFunction = (y, yHat) => y.reduce((s, yi, i) => s + (yi - yHat[i]), 0) / y.length;
    const [first] = failing(noSquare);
    expect(first.name).toBe("one sample inside the quadratic zone (|r| < δ)");
    expect(first.message).toBe(
      "on y = [0], ŷ = [0.5], δ = 1: expected 0.125, got -0.5 (the value differs). Hint: you averaged the residuals themselves, " +
        "so positive and negative ones cancel: square them (½r²) or take |r| (δ(|r| − ½δ)) per sample first.",
    );
  });

  it("gives the right hint for each usual mistake", () => {
    const mean = (f: (r: number, d: number) => number): HuberFunction => (y, yHat, d) =>
      y.reduce((s, yi, i) => s + f(yHat[i] - yi, d), 0) / y.length;
    const hintOf = (f: HuberFunction) => failing(f).map((c) => c.message.split("Hint: ")[1]);
    expect(hintOf(mean((r) => r * r))[0]).toMatch(/^the quadratic piece is ½r², not r²/);
    expect(hintOf(mean((r) => 0.5 * r * r))[0]).toMatch(/^this is ½r² for every sample/);
    expect(hintOf(mean((r) => Math.abs(r)))[0]).toMatch(/^this is the L1 loss/);
    expect(hintOf(mean((r, d) => (Math.abs(r) <= d ? 0.5 * r * r : d * Math.abs(r))))[0]).toMatch(/^the linear piece is δ\(\|r\| − ½δ\)/);
    expect(hintOf((y, yHat, d) => right(y, yHat, d) * y.length)[0]).toMatch(/^this is the sum over samples/);
    expect(hintOf((y, yHat, d) => right(y, yHat, d) / d)[0]).toMatch(/SmoothL1Loss/);
  });

  it("reports a function that throws, or returns nothing, in words", () => {
    const throws: HuberFunction = () => {
      throw new RangeError("oops");
    };
    expect(failing(throws)[0].message).toContain("your function threw RangeError: oops");
    expect(failing((() => undefined) as unknown as HuberFunction)[0].message).toContain("got undefined (did the function return a value?)");
  });
});

describe("exercise 01: prediction and experiment", () => {
  it("Huber at δ = 2.5 (the lesson prints and draws 0.1 to 4, not 2.5) is nearer the L2 fit of set III, and the slopes are shown", () => {
    expectQuestion(prediction01(), "l2", "l1", "slopes: L1 ");
  });

  it("the slope goes from L1's to L2's as δ grows", () => {
    const { x, y } = loadAnscombe("III");
    const [small, , large] = expectExperiment(experiment01(), [0.02, 2.5, 50], 0);
    expect(Math.abs(small - fitLine(x, y, { loss: "l1" }).theta[1])).toBeLessThan(0.01);
    expect(large).toBeCloseTo(fitLine(x, y, { loss: "l2" }).theta[1], 5);
  });
});
