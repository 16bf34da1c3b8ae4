"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nearestCentroidAccuracy = exports.nearestCentroid = exports.classCentroids = void 0;
/**
 * Closed-set accuracy of an embedding without a classifier: each class is represented by its centroid
 * direction on the training features (the unit mean of its unit features, `angleStatistics`' class
 * centre), and a test feature goes to the class of highest cosine similarity.
 */
const angle_statistics_1 = require("../analysis/angle_statistics");
const vectors_1 = require("../analysis/vectors");
const validation_1 = require("../validation");
/** The class centres of the training features: label → unit centre. */
function classCentroids(train) {
    const stats = (0, angle_statistics_1.angleStatistics)({ features: train.features, labels: train.labels });
    return new Map(stats.classes.map((c) => [c.label, c.centre]));
}
exports.classCentroids = classCentroids;
/** The class of the nearest centroid (largest cosine) of each row. */
function nearestCentroid(centroids, features) {
    const entries = [...centroids.entries()];
    return Int32Array.from(features, (f) => {
        const u = (0, vectors_1.unitVector)(f);
        let best = entries[0][0];
        let bestCos = -Infinity;
        for (const [label, c] of entries) {
            const cos = u.reduce((s, v, k) => s + v * c[k], 0);
            if (cos > bestCos)
                [best, bestCos] = [label, cos];
        }
        return best;
    });
}
exports.nearestCentroid = nearestCentroid;
/** Share of `test` rows whose nearest centroid (fitted on `train`) is their own class. */
function nearestCentroidAccuracy(options) {
    (0, validation_1.checkOptions)("nearestCentroidAccuracy", options, ["train", "test"]);
    const predicted = nearestCentroid(classCentroids(options.train), options.test.features);
    let right = 0;
    predicted.forEach((p, i) => (right += p === options.test.labels[i] ? 1 : 0));
    return right / predicted.length;
}
exports.nearestCentroidAccuracy = nearestCentroidAccuracy;
//# sourceMappingURL=centroids.js.map