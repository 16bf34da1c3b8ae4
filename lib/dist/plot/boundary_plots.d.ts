/**
 * Pictures of decision boundaries for the angular-margin lessons: softmax's binary boundary in the
 * feature plane (05), A-Softmax's regions in the (θ₁, θ₂) plane with the notes' K line (07), the
 * angular margin along θ₁ + θ₂ = K as the weights' separation K grows (07, 08), and the five rules
 * (a)–(e) in the angle plane and the cosine plane (08). Angles are drawn in degrees, as the notes
 * write them; the library computes in radians.
 */
import { type DecisionRuleId, type DecisionRuleOptions } from "../angular/decision_boundaries";
import type { Figure } from "./types";
/** A palette colour "#RRGGBB" with transparency, for filled regions. */
export declare function withAlpha(hex: string, alpha: number): string;
/** The part of the square [-r, r]² where n·p ≥ 0 (one step of Sutherland–Hodgman clipping). */
export declare function halfPlaneInSquare(n: [number, number], r: number): {
    x: number[];
    y: number[];
};
export interface SoftmaxBoundaryOptions {
    /** Slider values of ‖w₁‖. @default [0.5, 1, 1.5, 2] */
    w1Norms?: number[];
    /** Slider values of ‖w₂‖. @default [0.5, 1, 1.5, 2] */
    w2Norms?: number[];
    /** Slider values of w₂'s direction, degrees. @default [60, 90, 120, 150, 180] */
    w2Angles?: number[];
    /** w₁'s direction, degrees. @default 30 */
    w1Angle?: number;
    /** The feature x: its direction (degrees) and norm. @default { angle: 60, norm: 1.5 } */
    x?: {
        angle: number;
        norm: number;
    };
    /** Starting values. @default ‖w₁‖ = 1, ‖w₂‖ = 2, w₂ at 120°: the notes' case */
    active?: {
        w1Norm?: number;
        w2Norm?: number;
        w2Angle?: number;
    };
}
/**
 * Lesson 05: two classes in a 2-D feature plane, logits wᵢ·x (no bias). Softmax sends x to class 1
 * where (w₁ − w₂)·x > 0, a line through the origin that turns with ‖w₁‖ and ‖w₂‖; modified softmax
 * (weights normalised) uses the angle bisector. Sliders: ‖w₁‖, ‖w₂‖ and w₂'s direction. The default
 * state is the notes' case: x is 30° from w₁ and 60° from w₂, yet goes to class 2 because ‖w₂‖ = 2.
 */
export declare function softmaxBoundaryFigure(options?: SoftmaxBoundaryOptions): Figure;
export interface ASoftmaxPlaneOptions {
    /** Slider values of m. @default [1, 2, 3, 4] */
    ms?: number[];
    /** Slider values of K, the angle between the two weights, degrees. @default [30, 60, 90, 120, 150] */
    Ks?: number[];
    active?: {
        m?: number;
        K?: number;
    };
}
/**
 * Lesson 07: A-Softmax's two regions in the (θ₁, θ₂) plane (in degrees): class 1 where mθ₁ ≤ θ₂
 * (that is ψ(θ₁) ≥ cos θ₂), class 2 where mθ₂ ≤ θ₁, the margin between them. Features in the plane
 * of the two weights, between them, lie on θ₁ + θ₂ = K; class 1's boundary crosses that line at
 * θ₁ = K/(m + 1). Sliders: m and K.
 */
export declare function aSoftmaxPlaneFigure(options?: ASoftmaxPlaneOptions): Figure;
export interface MarginCurve {
    /** Legend name, e.g. "A-Softmax, m = 2". */
    name: string;
    id: DecisionRuleId;
    options?: DecisionRuleOptions;
}
/**
 * The angular margin between two classes whose weights are K apart, against K (both in degrees),
 * measured along θ₁ + θ₂ = K (`marginAlongLine`). A-Softmax's grows with K, K(m − 1)/(m + 1);
 * ArcFace's is the constant m. `marks` are points to label (the notes' K = 30° and 120°).
 */
export declare function marginOverKFigure(options: {
    curves: MarginCurve[];
    marks?: {
        curve: number;
        K: number;
    }[];
    title?: string;
}): Figure;
export interface RuleSpec {
    /** The rule's label in titles and legends, e.g. "(c) A-Softmax m = 4, literal cos(mθ₁)". */
    label: string;
    /** Its tick label on a slider, e.g. "(c) literal". */
    short: string;
    id: DecisionRuleId;
    options?: DecisionRuleOptions;
}
/** The notes' closing comparison, with the literal (c) and (e) next to the forms the losses train with. */
export declare const NOTES_RULES: readonly RuleSpec[];
/**
 * Lesson 08: one rule at a time (a slider over `rules`, default `NOTES_RULES`), in the angle plane
 * and the cosine plane: class 1's region, class 2's (the same rule with the classes swapped), the
 * band that belongs to neither (the margin) and, for the literal (c) and (e), points both classes claim.
 */
export declare function decisionRegionsFigure(options?: {
    rules?: readonly RuleSpec[];
    active?: number;
}): Figure;
/**
 * Lesson 08: class 1's boundary under several rules (default: the five of the notes, (c) with ψ and
 * (e) with the fallback), in both planes at once; class 1 owns the side towards θ₁ = 0 (cos θ₁ = 1).
 */
export declare function decisionBoundariesFigure(options?: {
    rules?: readonly RuleSpec[];
}): Figure;
//# sourceMappingURL=boundary_plots.d.ts.map