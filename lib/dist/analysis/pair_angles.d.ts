export interface PairAnglesOptions {
    features: ArrayLike<number>[];
    labels: ArrayLike<number>;
    /** Use only these classes (default: every class present). SphereFace's figure uses two. */
    classes?: number[];
}
export interface PairAngles {
    /** Angle of every pair i < j of the same class, radians. */
    positive: number[];
    /** Angle of every pair i < j of different classes, radians. */
    negative: number[];
}
/** Every pair's angle among the features of `classes` (all pairs: mind the n² for large sets). */
export declare function pairAngles(options: PairAnglesOptions): PairAngles;
//# sourceMappingURL=pair_angles.d.ts.map