export interface SiameseClassifier {
    /** Weight of d in the logit w·d + b (positive when larger distances mean "different"). */
    w: number;
    b: number;
    /** The distance where P(different) = ½: −b/w. */
    threshold: number;
    /** Newton steps taken. */
    iterations: number;
    /** Mean binary cross-entropy on the calibration pairs at the fit. */
    loss: number;
}
export interface FitSiameseClassifierOptions {
    /** Distance of each calibration pair. */
    distances: ArrayLike<number>;
    /** 1 for a pair of different classes, 0 for a pair of the same class (the notes' labels). */
    different: ArrayLike<number>;
    /** Ridge penalty ½·l2·a² on the weight a = w·sd(d) of the standardised distance (not on b). @default 1e-6 */
    l2?: number;
    /** @default 50 */
    maxIterations?: number;
}
/** Fits P(different | d) = σ(w·d + b) on calibration pairs; see the module comment. */
export declare function fitSiameseClassifier(options: FitSiameseClassifierOptions): SiameseClassifier;
/** P(different) of each pair from its distance. */
export declare function siameseProbabilities(model: SiameseClassifier, distances: ArrayLike<number>): number[];
export interface SiameseEvaluation {
    /** Share of pairs whose label 1 − [P < ½] is right. */
    accuracy: number;
    /** Mean binary cross-entropy of the probabilities (lower: better calibrated and sharper). */
    loss: number;
}
/** Accuracy and mean binary cross-entropy of the classifier on labelled pairs. */
export declare function evaluateSiameseClassifier(model: SiameseClassifier, distances: ArrayLike<number>, different: ArrayLike<number>): SiameseEvaluation;
//# sourceMappingURL=siamese_classifier.d.ts.map