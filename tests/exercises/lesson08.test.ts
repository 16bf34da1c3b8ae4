import { tf } from "losslab";
import { exercise08, exercise08Scale, prediction08, experiment08, bestTrueClassProbability, cosFaceScaleBound, notYet,
         runChecks, arcFaceLogitGradientByDifferences, type ArcFaceLogitGradientFunction, type CosFaceMinScaleFunction } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const target = (theta: number, s: number, m: number) => (theta + m < Math.PI ? s * Math.cos(theta + m) : s * (Math.cos(theta) - m * Math.sin(m)));
const right: ArcFaceLogitGradientFunction = (theta, s, m) => (theta + m < Math.PI ? -s * Math.sin(theta + m) : -s * Math.sin(theta));
const hints = (f: ArcFaceLogitGradientFunction) => runChecks(exercise08, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 08, part 2: the gradient of ArcFace's target logit", () => {
  it("passes the solution; cases on both sides of θ = π − m; the reference matches the closed form", () => {
    expect(runChecks(exercise08, right)).toMatchObject({ status: "passed", passed: exercise08.cases.length });
    expect(exercise08.cases.some((c) => c.input.theta + c.input.m > Math.PI)).toBe(true);
    expect(exercise08.cases.some((c) => c.input.theta === 0)).toBe(true);
    for (const { input } of exercise08.cases) {
      expect(arcFaceLogitGradientByDifferences(input)).toBeCloseTo(right(input.theta, input.s, input.m), 6);
    }
  });

  it("names the target itself, the flipped sign, the missing fallback, the missing scale and CosFace's sine", () => {
    expect(hints(target)[0]).toContain("that is the target logit itself");
    expect(hints((t, s, m) => -right(t, s, m))[0]).toContain("the sign is flipped");
    expect(hints((t, s, m) => -s * Math.sin(t + m)).join(" ")).toContain("descent would move the feature away from its class");
    expect(hints((t, s, m) => right(t, 1, m))[0]).toContain("Hint: multiply by the scale s.");
    expect(hints((t, s) => -s * Math.sin(t)).join(" ")).toContain("the chain rule keeps it in the sine");
  });

  it("says 'not yet' for the untouched template", () => {
    expect(runChecks(exercise08, () => notYet()).status).toBe("not yet");
  });
});

const rightScale: CosFaceMinScaleFunction = (C, P, m) => Math.log(((C - 1) * P) / (1 - P)) / (C / (C - 1) - m);
const scaleHint = (f: CosFaceMinScaleFunction) => runChecks(exercise08Scale, f).cases.find((c) => !c.ok)!.message.split("Hint: ")[1];

describe("exercise 08, part 1: CosFace's lower bound on s in training", () => {
  it("passes the solution; without margin it is the paper's bound, and it is the scale at which the best training probability is P", () => {
    expect(runChecks(exercise08Scale, rightScale)).toMatchObject({ status: "passed", passed: exercise08Scale.cases.length });
    // the CosFace paper's example: C = 10, P = 0.9, no margin, gives about 3.96; the inverse gives P back
    const s = cosFaceScaleBound({ classes: 10, probability: 0.9, margin: 0 });
    expect(s).toBeCloseTo(3.955, 3);
    expect(bestTrueClassProbability(10, s)).toBeCloseTo(0.9, 12);
    expect(cosFaceScaleBound({ classes: 2, probability: 0.5, margin: 0.35 })).toBe(0);
    // with the margin: the target logit s(1 − m) against −s/(C − 1) reaches P exactly at the bound
    const sm = cosFaceScaleBound({ classes: 10, probability: 0.9, margin: 0.35 });
    const p = Math.exp(sm * 0.65) / (Math.exp(sm * 0.65) + 9 * Math.exp(-sm / 9));
    expect(p).toBeCloseTo(0.9, 12);
  });

  it("names log₁₀, the margin left out, its sign, cosines of 0 and the missing C − 1 inside the log", () => {
    expect(scaleHint((C, P, m) => Math.log10(((C - 1) * P) / (1 - P)) / (C / (C - 1) - m))).toMatch(/^use the natural logarithm/);
    expect(scaleHint((C, P) => ((C - 1) / C) * Math.log(((C - 1) * P) / (1 - P)))).toMatch(/^that is the bound without the margin/);
    expect(scaleHint((C, P, m) => Math.log(((C - 1) * P) / (1 - P)) / (C / (C - 1) + m))).toMatch(/^the margin lowers the target logit/);
    expect(scaleHint((C, P, m) => Math.log(((C - 1) * P) / (1 - P)) / (1 - m))).toMatch(/^the other classes' cosines are −1\/\(C − 1\)/);
    expect(scaleHint((C, P, m) => Math.log(P / (1 - P)) / (C / (C - 1) - m))).toMatch(/^the C − 1 inside the logarithm is missing/);
  });

  it("bad input: NaN is named; notYet() is 'not yet'", () => {
    expect(scaleHint(() => NaN)).toBe("the bound is finite for every C ≥ 2, P < 1 and m below C/(C − 1).");
    expect(runChecks(exercise08Scale, () => notYet()).status).toBe("not yet");
  });
});

describe("exercise 08: prediction and experiment", () => {
  it("ten classes at s = 3 (the lesson prints s = 1 and 64) reach at best P = 0.757", () => {
    expectQuestion(prediction08(), "0.5 to 0.9", "above 0.9", "P = 0.757");
  });

  it("trained CosFace reaches the bound's probability: below it at s = 2, close to it (and above 0.9) at s = 5", () => {
    const before = tf.memory().numTensors;
    const [low, high] = expectExperiment(experiment08(), [2, 5], 0);
    expect(tf.memory().numTensors).toBe(before);
    expect(low).toBeLessThan(bestTrueClassProbability(10, 2) + 1e-3);
    expect(low).toBeLessThan(0.9);
    expect(high).toBeGreaterThan(0.9);
  });
});
