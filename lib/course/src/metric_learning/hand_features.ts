/**
 * Hand-made features for the notes' "traditional approach for matching": ① extract features, ② compare
 * them with the L1 norm. The notes' example is a colour histogram; for grey digits the classic hand-made
 * feature of character recognition is the projection histogram: how much ink each row and each column
 * holds. Nothing here is learned, which is the point of the comparison with a learned embedding.
 */
import { MNIST_SIDE, checkMnistSet, type MnistSet } from "../data/mnist";
import { checkOneOf } from "losslab/internal";

/**
 * The ink profiles of every image of a set: 28 row means then 28 column means (56 numbers in [0, 1] per
 * digit), one row per image.
 */
export function inkProfiles(set: MnistSet): number[][] {
  checkMnistSet("inkProfiles", set);
  const side = MNIST_SIDE;
  const out: number[][] = [];
  for (let i = 0; i < set.count; i++) {
    const rows = new Array<number>(side).fill(0);
    const cols = new Array<number>(side).fill(0);
    const base = i * side * side;
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const v = set.images[base + r * side + c];
        rows[r] += v / side;
        cols[c] += v / side;
      }
    }
    out.push([...rows, ...cols]);
  }
  return out;
}

/** The features of the traditional pipeline: "pixels" (the 784 raw pixels) or "inkProfiles". */
export type HandFeatureKind = "pixels" | "inkProfiles";
export const HAND_FEATURES: readonly HandFeatureKind[] = ["pixels", "inkProfiles"];

/** A set's hand-made features with its labels, ready for `verifyPairs`. */
export function handFeatures(set: MnistSet, kind: HandFeatureKind): { features: number[][]; labels: Int32Array } {
  const k = checkOneOf("handFeatures", "kind", kind, HAND_FEATURES);
  if (k === "inkProfiles") return { features: inkProfiles(set), labels: set.labels };
  checkMnistSet("handFeatures", set);
  const size = MNIST_SIDE * MNIST_SIDE;
  const rows = Array.from({ length: set.count }, (_, i) => Array.from(set.images.subarray(i * size, (i + 1) * size)));
  return { features: rows, labels: set.labels };
}
