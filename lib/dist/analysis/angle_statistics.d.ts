export interface AngleStatisticsOptions {
    /** Feature rows (any width d). */
    features: ArrayLike<number>[];
    /** The class of each row. */
    labels: ArrayLike<number>;
    /** Class weight vectors, one row per class label 0, 1, … (each of width d), e.g. a head's Wᵀ. */
    weights?: ArrayLike<number>[];
}
export interface ClassAngles {
    label: number;
    count: number;
    /** Unit vector of the class's mean direction. */
    centre: number[];
    /** Mean angle between the class's features and its centre. */
    intraMean: number;
    /** The largest such angle (the class's angular radius). */
    intraMax: number;
    /** The class whose centre is closest, and that angle (NaN and −1 with a single class). */
    nearestClass: number;
    nearestAngle: number;
    /** Mean angle between the class's features and its weight vector (NaN without `weights`). */
    weightMean: number;
}
export interface AngleStatistics {
    /** One entry per class present, in increasing label order. */
    classes: ClassAngles[];
    /** Mean intra-class angle over all features. */
    intraMean: number;
    /** Median intra-class angle over all features (a few misclassified outliers move the mean, not this). */
    intraMedian: number;
    /** Mean angle between the centres of two different classes, over all pairs of classes. */
    interMean: number;
    /** The smallest angle between two class centres, and the pair. */
    interMin: number;
    interMinPair: [number, number];
    /** Mean angle between each feature and its class weight (NaN without `weights`). */
    weightMean: number;
}
/** Intra- and inter-class angles of a set of features (see the module comment). */
export declare function angleStatistics(options: AngleStatisticsOptions): AngleStatistics;
//# sourceMappingURL=angle_statistics.d.ts.map