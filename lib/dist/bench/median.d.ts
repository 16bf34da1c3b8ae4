/** The median of a non-empty list (the benchmarks' robust summary of step times). */
export declare function median(values: readonly number[]): number;
//# sourceMappingURL=median.d.ts.map