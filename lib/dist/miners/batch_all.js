"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mineBatchAll = exports.allTriplets = void 0;
/**
 * Every valid triplet of a batch, and batch-all mining (Hermans, Beyer & Leibe 2017, "In Defense of
 * the Triplet Loss for Person Re-Identification"): the valid triplets that still violate the margin.
 */
const validation_1 = require("../validation");
const prepare_1 = require("./prepare");
const types_1 = require("./types");
/** Calls `visit(a, p, n)` for every valid triplet of labels y, ordered by a, then p, then n. */
function forEachTriplet(y, visit) {
    const n = y.length;
    for (let a = 0; a < n; a++) {
        for (let p = 0; p < n; p++) {
            if (p === a || y[p] !== y[a])
                continue;
            for (let q = 0; q < n; q++)
                if (y[q] !== y[a])
                    visit(a, p, q);
        }
    }
}
/**
 * All (a, p, n) with labels[a] = labels[p], a ≠ p and labels[n] ≠ labels[a], ordered by a, then p,
 * then n. A batch of one class, or of singletons only, has none.
 */
function allTriplets(labels) {
    const y = (0, validation_1.toLabels)("allTriplets", "labels", labels);
    // allocated at once: an anchor of a class of size s has (s − 1)(n − s) triplets
    const size = new Map();
    y.forEach((l) => size.set(l, (size.get(l) ?? 0) + 1));
    let total = 0;
    y.forEach((l) => (total += (size.get(l) - 1) * (y.length - size.get(l))));
    const out = { anchors: new Int32Array(total), positives: new Int32Array(total), negatives: new Int32Array(total) };
    let k = 0;
    forEachTriplet(y, (a, p, q) => {
        out.anchors[k] = a;
        out.positives[k] = p;
        out.negatives[k++] = q;
    });
    return out;
}
exports.allTriplets = allTriplets;
/**
 * Batch-all: the valid triplets with a positive loss, D(a, p) − D(a, n) + α > 0; easy triplets, which
 * would add zeros, are left out, so a "mean" reduction averages over the triplets that teach
 * something (Hermans et al.'s BA+, pytorch-metric-learning's AvgNonZeroReducer).
 * `candidates` is the number of valid triplets.
 */
function mineBatchAll(options) {
    const fn = "mineBatchAll";
    const { n, labels: y, dist } = (0, prepare_1.prepareBatch)(fn, options, ["margin?"]);
    const margin = (0, prepare_1.checkMargin)(fn, options.margin ?? types_1.DEFAULT_TRIPLET_MARGIN);
    const out = new prepare_1.TripletList();
    let candidates = 0;
    forEachTriplet(y, (a, p, q) => {
        candidates += 1;
        if (dist[a * n + p] - dist[a * n + q] + margin > 0)
            out.push(a, p, q);
    });
    return { ...out.toIndices(), candidates };
}
exports.mineBatchAll = mineBatchAll;
//# sourceMappingURL=batch_all.js.map