/**
 * Binary decision boundaries of the margin losses (lessons 05, 07 and 08). With two classes, θ₁ and θ₂
 * the angles between a feature x and the class weights W₁, W₂, x goes to class 1 when (the notes'
 * closing comparison, after CosFace's Figure 2):
 *
 *   (a) softmax (no bias)            ‖W₁‖cos θ₁ ≥ ‖W₂‖cos θ₂
 *   (b) modified softmax             cos θ₁ ≥ cos θ₂                 (the angle bisector)
 *   (c) A-Softmax (SphereFace)       cos(mθ₁) ≥ cos θ₂               (integer m ≥ 1)
 *   (d) AM-Softmax / CosFace         cos θ₁ ≥ cos θ₂ + m             (0 ≤ m < 2)
 *   (e) ArcFace                      cos(θ₁ + m) ≥ cos θ₂            (0 ≤ m < π)
 *
 * Each is "f(θ₁) ≥ r·cos θ₂" (r = ‖W₂‖ for (a), 1 otherwise), so the boundary is θ₂ = arccos(f(θ₁)/r),
 * which exists where |f(θ₁)/r| ≤ 1; elsewhere the helpers return NaN, which Plotly draws as a gap.
 * Class 2's region is the same rule with θ₁ and θ₂ swapped. With margins, the two classes' regions
 * leave a band between them that belongs to neither: the margin.
 *
 * (c) and (e) are the notes' literal forms. Taken literally they misbehave where cos(mθ₁) or
 * cos(θ₁ + m) turns back up (mθ₁ > π, θ₁ + m > π): there both classes' conditions can hold at once.
 * That is why SphereFace trains with ψ(θ₁) in place of cos(mθ₁) (they agree on [0, π/m]; `psi: true`
 * gives that rule) and ArcFace switches to a fallback where θ₁ + m ≥ π (see `arcFaceTarget`).
 *
 * A-Softmax's worked numbers (lesson 07): on the boundary mθ₁ = θ₂, and with the weights K apart
 * (θ₁ + θ₂ = K) this gives θ₁ = K/(m + 1): K = 30° and m = 2 give 10°, K = 120° gives 40°.
 */
import { checkAngle, checkCosine, checkOneOf, checkRange } from "../validation";
import { MARGIN_DEFAULTS, checkAdditiveAngularMargin, checkAngularMargin, checkCosineMargin } from "./margins";
import { psi } from "./psi";

/** θ₁ on A-Softmax's binary boundary (mθ₁ = θ₂) for weights K apart (θ₁ + θ₂ = K): K/(m + 1), in K's unit. */
export function aSoftmaxBoundaryAngle(options: { K: number; m: number }): number {
  const K = checkRange("aSoftmaxBoundaryAngle", "K", options.K, { min: 0 });
  return K / (checkAngularMargin("aSoftmaxBoundaryAngle", options.m) + 1);
}

/**
 * The angular margin between the two classes' A-Softmax boundaries for weights K apart: class 1's
 * boundary lies at θ₁ = K/(m+1), class 2's at θ₁ = mK/(m+1), so the gap is K(m − 1)/(m + 1), in K's
 * unit. It grows with K: classes far apart get a wider margin than close ones (the "different
 * margins for different classes" problem of the notes).
 */
export function aSoftmaxMargin(options: { K: number; m: number }): number {
  const K = checkRange("aSoftmaxMargin", "K", options.K, { min: 0 });
  const m = checkAngularMargin("aSoftmaxMargin", options.m);
  return (K * (m - 1)) / (m + 1);
}

export const DECISION_RULES = ["a", "b", "c", "d", "e"] as const;
export type DecisionRuleId = (typeof DECISION_RULES)[number];

export interface DecisionRuleOptions {
  /** The margin of (c), (d), (e). @default 4 for (c), 0.35 for (d), 0.5 for (e) */
  m?: number;
  /** ‖W₁‖ and ‖W₂‖ of (a), > 0. @default 1 */
  w1Norm?: number;
  w2Norm?: number;
  /** (c) only: use SphereFace's ψ(θ₁) instead of the literal cos(mθ₁). @default false */
  psi?: boolean;
}

export interface DecisionRule {
  id: DecisionRuleId;
  /** The loss the rule belongs to. */
  loss: string;
  /** The condition for class 1, in LaTeX, with the numbers of this rule filled in. */
  latex: string;
  /** f(θ₁) − r·cos θ₂ for angles in [0, π]: ≥ 0 exactly when x goes to class 1. */
  score(theta1: number, theta2: number): number;
  holds(theta1: number, theta2: number): boolean;
  /** θ₂ on the boundary for this θ₁ (NaN where the boundary does not reach this θ₁). */
  boundaryTheta2(theta1: number): number;
  /** The same rule in the cosine plane, for cos θ₁, cos θ₂ ∈ [-1, 1]. */
  scoreCos(cos1: number, cos2: number): number;
  holdsCos(cos1: number, cos2: number): boolean;
  /** cos θ₂ on the boundary for this cos θ₁ (NaN where the boundary leaves [-1, 1]). */
  boundaryCos2(cos1: number): number;
}

const fmt = (v: number) => String(Number(v.toFixed(4)));

/** The class-1 condition (a)–(e) as functions of the angles or of the cosines. */
export function decisionRule(id: DecisionRuleId, options: DecisionRuleOptions = {}): DecisionRule {
  const fn = "decisionRule";
  checkOneOf(fn, "id", id, DECISION_RULES);
  const w1 = checkRange(fn, "w1Norm", options.w1Norm ?? 1, { min: 0, minOpen: true });
  const w2 = checkRange(fn, "w2Norm", options.w2Norm ?? 1, { min: 0, minOpen: true });
  let loss: string;
  let latex: string;
  let f: (theta1: number) => number;
  let r = 1;
  switch (id) {
    case "a":
      [loss, latex, f, r] = ["softmax", `${fmt(w1)}\\cos\\theta_1 \\ge ${fmt(w2)}\\cos\\theta_2`, (t) => w1 * Math.cos(t), w2];
      break;
    case "b":
      [loss, latex, f] = ["modified softmax", "\\cos\\theta_1 \\ge \\cos\\theta_2", Math.cos];
      break;
    case "c": {
      const m = checkAngularMargin(fn, options.m ?? MARGIN_DEFAULTS.aSoftmax.m);
      [loss, latex, f] = options.psi
        ? ["A-Softmax", `\\psi(\\theta_1) \\ge \\cos\\theta_2,\\ m = ${m}`, (t) => psi(t, m)]
        : ["A-Softmax", `\\cos(${m}\\theta_1) \\ge \\cos\\theta_2`, (t) => Math.cos(m * t)];
      break;
    }
    case "d": {
      const m = checkCosineMargin(fn, options.m ?? MARGIN_DEFAULTS.cosFace.m);
      [loss, latex, f] = ["AM-Softmax / CosFace", `\\cos\\theta_1 \\ge \\cos\\theta_2 + ${fmt(m)}`, (t) => Math.cos(t) - m];
      break;
    }
    case "e": {
      const m = checkAdditiveAngularMargin(fn, options.m ?? MARGIN_DEFAULTS.arcFace.m);
      [loss, latex, f] = ["ArcFace", `\\cos(\\theta_1 + ${fmt(m)}) \\ge \\cos\\theta_2`, (t) => Math.cos(t + m)];
      break;
    }
  }
  const score = (theta1: number, theta2: number) => f(checkAngle(fn, "theta1", theta1)) - r * Math.cos(checkAngle(fn, "theta2", theta2));
  const scoreCos = (cos1: number, cos2: number) =>
    f(Math.acos(checkCosine(fn, "cos1", cos1))) - r * checkCosine(fn, "cos2", cos2);
  const boundaryCos2 = (cos1: number) => {
    const c2 = f(Math.acos(checkCosine(fn, "cos1", cos1))) / r;
    return Math.abs(c2) <= 1 ? c2 : NaN;
  };
  return {
    id,
    loss,
    latex,
    score,
    holds: (theta1, theta2) => score(theta1, theta2) >= 0,
    boundaryTheta2: (theta1) => {
      const c2 = f(checkAngle(fn, "theta1", theta1)) / r;
      return Math.abs(c2) <= 1 ? Math.acos(c2) : NaN;
    },
    scoreCos,
    holdsCos: (cos1, cos2) => scoreCos(cos1, cos2) >= 0,
    boundaryCos2,
  };
}
