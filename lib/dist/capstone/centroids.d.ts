export interface LabelledRows {
    features: number[][];
    labels: ArrayLike<number>;
}
/** The class centres of the training features: label → unit centre. */
export declare function classCentroids(train: LabelledRows): Map<number, number[]>;
/** The class of the nearest centroid (largest cosine) of each row. */
export declare function nearestCentroid(centroids: Map<number, number[]>, features: number[][]): Int32Array;
/** Share of `test` rows whose nearest centroid (fitted on `train`) is their own class. */
export declare function nearestCentroidAccuracy(options: {
    train: LabelledRows;
    test: LabelledRows;
}): number;
//# sourceMappingURL=centroids.d.ts.map