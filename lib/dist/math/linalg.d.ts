/** Small dense linear algebra in float64, for the closed-form answers the lessons compare against. */
/** Eigenvalues of the symmetric 2×2 matrix [[a, b], [b, c]], largest first. */
export declare function symmetricEigenvalues2(a: number, b: number, c: number): [number, number];
/** Solves the 2×2 system [[a, b], [c, d]] · v = [e, f]. */
export declare function solve2(a: number, b: number, c: number, d: number, e: number, f: number): [number, number];
/** Mean of an array. */
export declare function mean(values: ArrayLike<number>): number;
//# sourceMappingURL=linalg.d.ts.map