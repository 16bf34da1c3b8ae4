"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mineRandomTriplets = exports.drawRandomTriplets = exports.keptByNotesRule = exports.tripletCategory = exports.TRIPLET_CATEGORY_LABELS = void 0;
/**
 * The notes' "online semi-hard negative mining": draw a fixed number of random triplets (1000 in the
 * notes), compute D(A, P) and D(A, N) for each with the current network, and keep those with
 *   ① D(A, N) − D(A, P) < α   (hard enough to produce a loss), and
 *   ② D(A, N) > D(A, P)       (not an outlier where the negative is closer than the positive).
 * Together: D(A, P) < D(A, N) < D(A, P) + α, the semi-hard band, on random triplets instead of the
 * closest negative per pair (compare `mineSemiHard`).
 */
const validation_1 = require("../validation");
const label_groups_1 = require("./label_groups");
const prepare_1 = require("./prepare");
const types_1 = require("./types");
/** The categories in words, for tables. */
exports.TRIPLET_CATEGORY_LABELS = { easy: "easy", semiHard: "semi-hard", hard: "hard" };
/** The category of one triplet (no checks: a hot path; see `TripletCategory`). */
function tripletCategory(dap, dan, margin) {
    if (dan <= dap)
        return "hard";
    return dan - dap < margin ? "semiHard" : "easy";
}
exports.tripletCategory = tripletCategory;
/** The notes' two conditions, ① D(A, N) − D(A, P) < α and ② D(A, N) > D(A, P): the triplet is semi-hard. */
function keptByNotesRule(dap, dan, margin) {
    return tripletCategory(dap, dan, margin) === "semiHard";
}
exports.keptByNotesRule = keptByNotesRule;
/**
 * `count` valid triplets drawn uniformly: an anchor among the samples that have both a positive and a
 * negative, then one of its positives and one of its negatives. None if no sample has both.
 * (The draw reads labels only, so the same seed gives the same triplets whatever the embeddings.)
 */
function drawRandomTriplets(labels, count, rng) {
    (0, validation_1.checkInteger)("drawRandomTriplets", "count", count, { min: 0, max: types_1.MAX_DRAWS });
    const groups = new label_groups_1.LabelGroups(labels);
    const anchors = Array.from({ length: labels.length }, (_, i) => i).filter((i) => groups.hasPositive(i) && groups.hasNegative(i));
    const drawn = new prepare_1.TripletList();
    if (anchors.length > 0) {
        for (let k = 0; k < count; k++) {
            const a = anchors[rng.int(anchors.length)];
            drawn.push(a, groups.positiveOf(a, rng), groups.negativeOf(a, rng));
        }
    }
    return drawn.toIndices();
}
exports.drawRandomTriplets = drawRandomTriplets;
/** The kept triplets; `candidates` is the number drawn (0 if the batch has no valid triplet at all). */
function mineRandomTriplets(options) {
    const fn = "mineRandomTriplets";
    const { n, labels: y, dist } = (0, prepare_1.prepareBatch)(fn, options, ["count?", "margin?", "seed?"]);
    const count = (0, validation_1.checkInteger)(fn, "count", options.count ?? 1000, { min: 0, max: types_1.MAX_DRAWS });
    const margin = (0, prepare_1.checkMargin)(fn, options.margin ?? types_1.DEFAULT_TRIPLET_MARGIN);
    const drawn = drawRandomTriplets(y, count, (0, label_groups_1.rngOf)(fn, options.seed));
    const kept = new prepare_1.TripletList();
    drawn.anchors.forEach((a, k) => {
        const [p, q] = [drawn.positives[k], drawn.negatives[k]];
        if (keptByNotesRule(dist[a * n + p], dist[a * n + q], margin))
            kept.push(a, p, q);
    });
    const candidates = drawn.anchors.length;
    return { ...kept.toIndices(), candidates, drawn: { ...drawn, candidates } };
}
exports.mineRandomTriplets = mineRandomTriplets;
//# sourceMappingURL=random_triplets.js.map