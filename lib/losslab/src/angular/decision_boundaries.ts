/**
 * Binary decision boundaries of the margin losses. With two classes, θ₁ and θ₂ the angles between a
 * feature x and the class weights W₁, W₂, x goes to class 1 when (after CosFace's Figure 2):
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
 * (c) and (e) are the papers' literal forms. Taken literally they misbehave where cos(mθ₁) or
 * cos(θ₁ + m) turns back up (mθ₁ > π, θ₁ + m > π): there both classes' conditions can hold at once.
 * That is why SphereFace trains with ψ(θ₁) in place of cos(mθ₁) (they agree on [0, π/m]; `psi: true`
 * gives that rule) and ArcFace switches to a fallback where θ₁ + m ≥ π (see `arcFaceTarget`;
 * `fallback: true` gives that rule, written t_m(θ₁) ≥ cos θ₂).
 *
 * A-Softmax's worked numbers: on the boundary mθ₁ = θ₂, and with the weights K apart
 * (θ₁ + θ₂ = K) this gives θ₁ = K/(m + 1): K = 30° and m = 2 give 10°, K = 120° gives 40°.
 */
import { checkAngle, checkBoolean, checkCosine, checkOneOf, checkOptions, checkRange } from "../validation";
import { MARGIN_DEFAULTS, checkAdditiveAngularMargin, checkAngularMargin, checkCosineMargin } from "./margins";
import { arcFaceTarget } from "./arcface_margin";
import { psi } from "./psi";

/** θ₁ on A-Softmax's binary boundary (mθ₁ = θ₂) for weights K apart (θ₁ + θ₂ = K): K/(m + 1), in K's unit. */
export function aSoftmaxBoundaryAngle(options: { K: number; m: number }): number {
  checkOptions("aSoftmaxBoundaryAngle", options, ["K", "m"]);
  const K = checkRange("aSoftmaxBoundaryAngle", "K", options.K, { min: 0 });
  return K / (checkAngularMargin("aSoftmaxBoundaryAngle", options.m) + 1);
}

/**
 * The angular margin between the two classes' A-Softmax boundaries for weights K apart: class 1's
 * boundary lies at θ₁ = K/(m+1), class 2's at θ₁ = mK/(m+1), so the gap is K(m − 1)/(m + 1), in K's
 * unit. It grows with K: classes far apart get a wider margin than close ones (A-Softmax gives
 * different margins to different class pairs).
 */
export function aSoftmaxMargin(options: { K: number; m: number }): number {
  checkOptions("aSoftmaxMargin", options, ["K", "m"]);
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
  /** (e) only: use ArcFace's target with its fallback (`arcFaceTarget`) instead of the literal cos(θ₁ + m). @default false */
  fallback?: boolean;
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
  /**
   * Class 2's condition: the same rule with the two classes' roles exchanged (θ₁ ↔ θ₂, and for (a)
   * ‖W₁‖ ↔ ‖W₂‖). For (a) and (b) it is the complement of class 1's (one boundary); with a margin the
   * two leave a band to neither.
   */
  holdsClass2(theta1: number, theta2: number): boolean;
  holdsClass2Cos(cos1: number, cos2: number): boolean;
  /** Class 2's score: ≥ 0 exactly when x goes to class 2. */
  scoreClass2(theta1: number, theta2: number): number;
  scoreClass2Cos(cos1: number, cos2: number): number;
  /** θ₁ on class 2's boundary for this θ₂ (NaN where there is none). */
  class2BoundaryTheta1(theta2: number): number;
  /** cos θ₁ on class 2's boundary for this cos θ₂. */
  class2BoundaryCos1(cos2: number): number;
}

const fmt = (v: number) => String(Number(v.toFixed(4)));

/** The class-1 condition (a)–(e) as functions of the angles or of the cosines, with class 2's beside it. */
export function decisionRule(id: DecisionRuleId, options: DecisionRuleOptions = {}): DecisionRule {
  const rule = classOneRule(id, options);
  const swapped = id === "a" ? classOneRule(id, { ...options, w1Norm: options.w2Norm, w2Norm: options.w1Norm }) : rule;
  return {
    ...rule,
    holdsClass2: (theta1, theta2) => swapped.holds(theta2, theta1),
    holdsClass2Cos: (cos1, cos2) => swapped.holdsCos(cos2, cos1),
    scoreClass2: (theta1, theta2) => swapped.score(theta2, theta1),
    scoreClass2Cos: (cos1, cos2) => swapped.scoreCos(cos2, cos1),
    class2BoundaryTheta1: (theta2) => swapped.boundaryTheta2(theta2),
    class2BoundaryCos1: (cos2) => swapped.boundaryCos2(cos2),
  };
}

/** A factor in front of a cosine: nothing for 1. */
const coefficient = (w: number) => (w === 1 ? "" : fmt(w));

const RULE_OPTIONS = ["m?", "w1Norm?", "w2Norm?", "psi?", "fallback?"];

type ClassOneRule = Omit<DecisionRule, "holdsClass2" | "holdsClass2Cos" | "scoreClass2" | "scoreClass2Cos" | "class2BoundaryTheta1" | "class2BoundaryCos1">;

function classOneRule(id: DecisionRuleId, options: DecisionRuleOptions): ClassOneRule {
  const fn = "decisionRule";
  checkOneOf(fn, "id", id, DECISION_RULES);
  checkOptions(fn, options, RULE_OPTIONS);
  const usePsi = checkBoolean(fn, "psi", options.psi ?? false);
  const useFallback = checkBoolean(fn, "fallback", options.fallback ?? false);
  const w1 = checkRange(fn, "w1Norm", options.w1Norm ?? 1, { min: 0, minOpen: true });
  const w2 = checkRange(fn, "w2Norm", options.w2Norm ?? 1, { min: 0, minOpen: true });
  let loss: string;
  let latex: string;
  let f: (theta1: number) => number;
  let r = 1;
  switch (id) {
    case "a":
      // a norm of 1 is left out: "1.5 cos θ₁ ≥ cos θ₂", not "≥ 1 cos θ₂"
      [loss, latex, f, r] = ["softmax", `${coefficient(w1)}\\cos\\theta_1 \\ge ${coefficient(w2)}\\cos\\theta_2`, (t) => w1 * Math.cos(t), w2];
      break;
    case "b":
      [loss, latex, f] = ["modified softmax", "\\cos\\theta_1 \\ge \\cos\\theta_2", Math.cos];
      break;
    case "c": {
      const m = checkAngularMargin(fn, options.m ?? MARGIN_DEFAULTS.aSoftmax.m);
      [loss, latex, f] = usePsi
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
      [loss, latex, f] = useFallback
        ? ["ArcFace", `t_{${fmt(m)}}(\\theta_1) \\ge \\cos\\theta_2`, (t) => arcFaceTarget(t, { m })]
        : ["ArcFace", `\\cos(\\theta_1 + ${fmt(m)}) \\ge \\cos\\theta_2`, (t) => Math.cos(t + m)];
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

/** The last θ in [lo, hi] where `inside` holds, given it holds at lo and not at hi (bisection). */
function lastInside(inside: (t: number) => boolean, lo: number, hi: number): number {
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (inside(mid)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The angular margin of rule `id` between two class weights K apart (radians, 0 ≤ K ≤ π), measured
 * along θ₁ + θ₂ = K, where features lie in the plane of the weights, between them: the width of the
 * band of θ₁ that belongs to neither class. Class 1 owns θ₁ from 0 up to its boundary, class 2 from
 * its boundary up to K; the margin is the gap (0 when the boundaries coincide or the regions overlap,
 * K when neither class can be reached at all).
 *
 * Closed forms it agrees with: A-Softmax (c, with ψ) K(m − 1)/(m + 1) for K ≤ π; CosFace (d)
 * 2·arcsin(m / (2 sin(K/2))) while m ≤ 1 − cos K (else no point of the line reaches either class: K); ArcFace (e) m while m ≤ K, else K;
 * softmax (a) and modified softmax (b) 0.
 */
export function marginAlongLine(id: DecisionRuleId, options: DecisionRuleOptions & { K: number }): number {
  checkOptions("marginAlongLine", options, ["K", ...RULE_OPTIONS]);
  const K = checkRange("marginAlongLine", "K", options.K, { min: 0, max: Math.PI });
  const { K: _K, ...ruleOptions } = options;
  const rule = decisionRule(id, ruleOptions);
  const class1 = (t: number) => rule.holds(t, K - t);
  const class2 = (t: number) => rule.holdsClass2(t, K - t);
  const n = 1024;
  const ts = Array.from({ length: n + 1 }, (_, i) => (K * i) / n);
  // class 1's boundary: where its region along the line ends (scanning up from θ₁ = 0)
  let end1 = 0;
  if (class1(0)) {
    const i = ts.findIndex((t) => !class1(t));
    end1 = i === -1 ? K : lastInside(class1, ts[i - 1], ts[i]);
  }
  // class 2's boundary: where its region starts (scanning down from θ₁ = K)
  let start2 = K;
  if (class2(K)) {
    const i = ts.map((_, k) => n - k).find((k) => !class2(ts[k]));
    start2 = i === undefined ? 0 : K - lastInside((u) => class2(K - u), K - ts[i + 1], K - ts[i]);
  }
  return Math.max(0, start2 - end1);
}
