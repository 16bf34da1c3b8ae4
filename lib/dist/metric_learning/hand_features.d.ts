/**
 * Hand-made features for the notes' "traditional approach for matching": ① extract features, ② compare
 * them with the L1 norm. The notes' example is a colour histogram; for grey digits the classic hand-made
 * feature of character recognition is the projection histogram: how much ink each row and each column
 * holds. Nothing here is learned, which is the point of the comparison with a learned embedding.
 */
import { type MnistSet } from "../data/mnist";
/**
 * The ink profiles of every image of a set: 28 row means then 28 column means (56 numbers in [0, 1] per
 * digit), one row per image.
 */
export declare function inkProfiles(set: MnistSet): number[][];
/** The features of the traditional pipeline: "pixels" (the 784 raw pixels) or "inkProfiles". */
export type HandFeatureKind = "pixels" | "inkProfiles";
export declare const HAND_FEATURES: readonly HandFeatureKind[];
/** A set's hand-made features with its labels, ready for `verifyPairs`. */
export declare function handFeatures(set: MnistSet, kind: HandFeatureKind): {
    features: number[][];
    labels: Int32Array;
};
//# sourceMappingURL=hand_features.d.ts.map