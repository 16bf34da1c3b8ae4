export interface GaussianClassesOptions {
    /** Points per class: counts[c] points get the label c. */
    counts: number[];
    /** The centre of each class (one point of dimension d per class). */
    means: number[][];
    /** Standard deviation of every coordinate, one for all classes or one per class. @default 1 */
    std?: number | number[];
    /** @default 0 */
    seed?: number;
}
export interface LabelledPoints {
    /** Points [n][d]. */
    x: number[][];
    /** Class labels 0…C−1, one per point. */
    y: number[];
}
/** counts[c] points drawn from N(means[c], std²·I) for every class c, in a seeded random order. */
export declare function gaussianClasses(opts: GaussianClassesOptions): LabelledPoints;
//# sourceMappingURL=toy_data.d.ts.map