"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handFeatures = exports.HAND_FEATURES = exports.inkProfiles = void 0;
/**
 * Hand-made features for the notes' "traditional approach for matching": ① extract features, ② compare
 * them with the L1 norm. The notes' example is a colour histogram; for grey digits the classic hand-made
 * feature of character recognition is the projection histogram: how much ink each row and each column
 * holds. Nothing here is learned, which is the point of the comparison with a learned embedding.
 */
const mnist_1 = require("../data/mnist");
const validation_1 = require("../validation");
/**
 * The ink profiles of every image of a set: 28 row means then 28 column means (56 numbers in [0, 1] per
 * digit), one row per image.
 */
function inkProfiles(set) {
    (0, mnist_1.checkMnistSet)("inkProfiles", set);
    const side = mnist_1.MNIST_SIDE;
    const out = [];
    for (let i = 0; i < set.count; i++) {
        const rows = new Array(side).fill(0);
        const cols = new Array(side).fill(0);
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
exports.inkProfiles = inkProfiles;
exports.HAND_FEATURES = ["pixels", "inkProfiles"];
/** A set's hand-made features with its labels, ready for `verifyPairs`. */
function handFeatures(set, kind) {
    const k = (0, validation_1.checkOneOf)("handFeatures", "kind", kind, exports.HAND_FEATURES);
    if (k === "inkProfiles")
        return { features: inkProfiles(set), labels: set.labels };
    (0, mnist_1.checkMnistSet)("handFeatures", set);
    const size = mnist_1.MNIST_SIDE * mnist_1.MNIST_SIDE;
    const rows = Array.from({ length: set.count }, (_, i) => Array.from(set.images.subarray(i * size, (i + 1) * size)));
    return { features: rows, labels: set.labels };
}
exports.handFeatures = handFeatures;
//# sourceMappingURL=hand_features.js.map