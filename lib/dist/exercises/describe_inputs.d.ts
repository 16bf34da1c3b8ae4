/** A list of numbers for a message: all of them when short, else the first few and the count. */
export declare function shortList(values: readonly number[], max?: number): string;
/** A matrix of numbers for a message, one short list per row, at most `maxRows` rows. */
export declare function shortRows(rows: readonly number[][], maxRows?: number): string;
/** True when `got` equals `candidate` to a relative 1e-4: the answer is that known mistake. */
export declare function looksLike(got: unknown, candidate: unknown): boolean;
/** True when the answer holds a NaN or an infinite number. */
export declare function hasNonFinite(got: unknown): boolean;
//# sourceMappingURL=describe_inputs.d.ts.map