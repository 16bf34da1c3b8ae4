import { tf } from "losslab";
import { exercise08, exercise08Scale, prediction08, experiment08, bestTrueClassProbability, cosFaceScaleBound, notYet,
         runChecks, type ArcFaceLogitFunction, type CosFaceMinScaleFunction } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const right: ArcFaceLogitFunction = (theta, s, m) => (theta + m < Math.PI ? s * Math.cos(theta + m) : s * (Math.cos(theta) - m * Math.sin(m)));
const hints = (f: ArcFaceLogitFunction) => runChecks(exercise08, f).cases.filter((c) => !c.ok).map((c) => c.message);

describe("exercise 08: ArcFace's target logit", () => {
  it("passes the solution; cases on both sides of θ = π − m", () => {
    expect(runChecks(exercise08, right)).toMatchObject({ status: "passed", passed: exercise08.cases.length });
    expect(exercise08.cases.some((c) => c.input.theta + c.input.m > Math.PI)).toBe(true);
    expect(exercise08.cases.some((c) => c.input.theta === 0)).toBe(true);
  });

  it("the cosine test of insightface (cos θ > cos(π − m)) passes too", () => {
    const insightface: ArcFaceLogitFunction = (t, s, m) => (Math.cos(t) > Math.cos(Math.PI - m) ? s * Math.cos(t + m) : s * (Math.cos(t) - m * Math.sin(m)));
    expect(runChecks(exercise08, insightface).status).toBe("passed");
  });

  it("names the missing fallback, CosFace's form and the missing scale", () => {
    expect(hints((t, s, m) => s * Math.cos(t + m)).join(" ")).toContain("use the fallback cos θ − m·sin m there");
    expect(hints((t, s, m) => s * (Math.cos(t) - m))[0]).toContain("that is CosFace's s(cos θ − m)");
    expect(hints((t, s, m) => right(t, 1, m))[0]).toContain("Hint: multiply by the scale s.");
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
