/** θ₁ on A-Softmax's binary boundary (mθ₁ = θ₂) for weights K apart (θ₁ + θ₂ = K): K/(m + 1), in K's unit. */
export declare function aSoftmaxBoundaryAngle(options: {
    K: number;
    m: number;
}): number;
/**
 * The angular margin between the two classes' A-Softmax boundaries for weights K apart: class 1's
 * boundary lies at θ₁ = K/(m+1), class 2's at θ₁ = mK/(m+1), so the gap is K(m − 1)/(m + 1), in K's
 * unit. It grows with K: classes far apart get a wider margin than close ones (the "different
 * margins for different classes" problem of the notes).
 */
export declare function aSoftmaxMargin(options: {
    K: number;
    m: number;
}): number;
export declare const DECISION_RULES: readonly ["a", "b", "c", "d", "e"];
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
/** The class-1 condition (a)–(e) as functions of the angles or of the cosines, with class 2's beside it. */
export declare function decisionRule(id: DecisionRuleId, options?: DecisionRuleOptions): DecisionRule;
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
export declare function marginAlongLine(id: DecisionRuleId, options: DecisionRuleOptions & {
    K: number;
}): number;
//# sourceMappingURL=decision_boundaries.d.ts.map