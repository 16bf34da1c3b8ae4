export interface HistogramOptions {
    /** Number of bins. @default 30 */
    bins?: number;
    /** The range covered; values outside it are left out. @default the values' min and max */
    min?: number;
    max?: number;
}
export interface Histogram {
    /** bins + 1 bin edges. */
    edges: number[];
    /** The middle of each bin. */
    centres: number[];
    counts: number[];
    /** counts / (total · bin width): integrates to 1 over the range (0s when there are no values). */
    density: number[];
    /** Values counted (inside the range). */
    total: number;
}
/** Equal-width histogram of `values`; the last bin includes its upper edge. */
export declare function histogram(values: ArrayLike<number>, options?: HistogramOptions): Histogram;
/** The q-quantile of `values` (0 ≤ q ≤ 1), linearly interpolated between order statistics (NaN when empty). */
export declare function quantile(values: ArrayLike<number>, q: number): number;
//# sourceMappingURL=histogram.d.ts.map