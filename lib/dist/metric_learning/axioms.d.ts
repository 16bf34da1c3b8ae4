export type PointDistanceName = "euclidean" | "squaredEuclidean" | "cosine" | "manhattan";
export declare const POINT_DISTANCES: readonly PointDistanceName[];
export type MetricAxiom = "non-negativity" | "identity of indiscernibles" | "symmetry" | "triangle inequality";
export declare const METRIC_AXIOMS: readonly MetricAxiom[];
/**
 * The distance of two plain vectors, in float64: ‖a − b‖, ‖a − b‖², 1 − cos(a, b) (a zero vector has
 * cosine 0 with everything, as in `cosineDistance`), or Σ|aᵢ − bᵢ|. Checks the name and that a and b
 * are equally long, non-empty arrays of finite numbers (O(d), as cheap as the distance itself).
 */
export declare function pointDistance(name: PointDistanceName, a: ArrayLike<number>, b: ArrayLike<number>): number;
export interface AxiomCheck {
    axiom: MetricAxiom;
    holds: boolean;
    /**
     * How far the worst case misses (0 when the axiom holds): −f(x, y) for non-negativity, |f(x, x)| or,
     * for two different points at distance 0, their Euclidean distance for the identity, |f(x, y) − f(y, x)|
     * for symmetry, f(x, z) − f(x, y) − f(y, z) for the triangle inequality.
     */
    worst: number;
    /** The worst counterexample in words, with the point numbers (empty when the axiom holds). */
    example: string;
    /** Pairs or triples tried. */
    checked: number;
}
export interface MetricAxiomOptions {
    /** The points x₀, x₁, …: equally long arrays of finite numbers. */
    points: number[][];
    /** The distance to check: by name, or any function of two points (to test a distance of your own). */
    distance: PointDistanceName | ((a: number[], b: number[]) => number);
    /** Rounding allowance: a miss smaller than tolerance·(1 + size of the values) is no miss. @default 1e-12 */
    tolerance?: number;
}
/** Checks the four metric axioms on every pair and triple of `points`; one entry per axiom, in the notes' order. */
export declare function checkMetricAxioms(options: MetricAxiomOptions): AxiomCheck[];
/**
 * One table row per distance, one column per axiom: "✓" where it held on every pair and triple of the
 * points, else "✗" with the worst counterexample.
 */
export declare function metricAxiomRows(points: number[][], distances?: readonly PointDistanceName[]): Record<string, string>[];
//# sourceMappingURL=axioms.d.ts.map