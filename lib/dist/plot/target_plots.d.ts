import { type TargetLogitOptions } from "../angular/target_logit";
import { type Control } from "./controls";
import type { Figure } from "./types";
/** θ in degrees from 0 to 180, every `step`, plus each breakpoint and a point just before it (for jumps). */
export declare function thetaGrid(step?: number, breakpoints?: number[]): number[];
export interface PsiFigureOptions {
    /** @default [1, 2, 3, 4] */
    ms?: number[];
    /** The m shown first. @default 2 */
    active?: number;
}
/**
 * Lesson 06: ψ(θ) = (−1)ᵏcos(mθ) − 2k on [kπ/m, (k+1)π/m], one slider step per m, with the k
 * intervals shaded and labelled, cos(mθ) dotted (it turns back up after π/m, which is why ψ exists)
 * and cos θ for reference.
 */
export declare function psiFigure(options?: PsiFigureOptions): Figure;
/** One curve of `targetLogitFigure`. */
export interface TargetCurve {
    name: string;
    options: Omit<TargetLogitOptions, "theta">;
    color?: number | string;
    dash?: "solid" | "dash" | "dot" | "dashdot";
}
/**
 * The target logit f(θ) of several losses against θ (`targetLogit`), with one to three sliders:
 * `curves` receives the sliders' current values and returns the curves for them.
 */
export declare function targetLogitFigure(options: {
    title: string;
    controls: Control[];
    curves: (...values: number[]) => TargetCurve[];
    yTitle?: string;
    yRange?: [number, number];
}): Figure;
/**
 * Lesson 08: ArcFace's target cosine near θ = π − m, one slider step per m. The literal cos(θ + m)
 * turns back up after π − m (it would reward moving away from the class); insightface's target
 * switches there to cos θ − m·sin m, which jumps down by about m²/2, so the target keeps decreasing,
 * while cos m + m·sin m ≥ 1, that is m ≤ 2.33 rad; for larger m the jump goes up.
 */
export declare function arcFaceFallbackFigure(options?: {
    ms?: number[];
    active?: number;
}): Figure;
//# sourceMappingURL=target_plots.d.ts.map