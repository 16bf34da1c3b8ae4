/** ‖v‖, computed with a scale factor so tiny and huge vectors neither underflow nor overflow. */
export declare function vectorNorm(v: ArrayLike<number>): number;
/** v/‖v‖; a zero vector stays zero (it has no direction). */
export declare function unitVector(v: ArrayLike<number>): number[];
/**
 * The angle θ ∈ [0, π] between a and b, in radians: arccos of the cosine of the two unit vectors,
 * clamped to [-1, 1] (rounding can put it a hair outside, where arccos is NaN). A zero vector makes
 * cos θ = 0, θ = π/2, as `angles` does for tensors. a and b must be equally long, non-empty arrays
 * of finite numbers.
 */
export declare function vectorAngle(a: ArrayLike<number>, b: ArrayLike<number>): number;
/**
 * `vectorAngle` without its checks, for loops over rows already checked (`checkRows`). Internal: the
 * package's index does not export it.
 */
export declare function rawVectorAngle(a: ArrayLike<number>, b: ArrayLike<number>): number;
/** Checks a list of feature rows: a non-empty array of equally long arrays of finite numbers. */
export declare function checkRows(fn: string, arg: string, rows: unknown): number[][];
/** Each row divided by its norm: features projected onto the unit circle (d = 2) or sphere (d = 3). */
export declare function projectToUnit(rows: ArrayLike<number>[]): number[][];
/** The norm of every row. */
export declare function rowNorms(rows: ArrayLike<number>[]): number[];
//# sourceMappingURL=vectors.d.ts.map