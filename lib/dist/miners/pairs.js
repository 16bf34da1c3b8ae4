"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sameClassPairShare = exports.samplePairs = void 0;
/**
 * Pairs for a Siamese network, about half of them positive (same class), as the notes ask ("around
 * 50% true / −ve" per batch): with random pairs of a 10-class set only about 10% would be positive.
 */
const validation_1 = require("../validation");
const label_groups_1 = require("./label_groups");
const types_1 = require("./types");
/**
 * Random pairs (first[k], second[k]), first ≠ second, in random order. A positive pair: a sample drawn
 * uniformly among those whose class has another member, and another member of its class; a negative
 * pair: a sample and a uniformly drawn sample of another class. If one kind cannot be formed (one
 * class only: no negative; all classes singletons: no positive) every pair is of the other kind;
 * if neither can (fewer than two samples), no pair.
 */
function samplePairs(options) {
    const fn = "samplePairs";
    (0, validation_1.checkOptions)(fn, options, ["labels", "count", "positiveFraction?", "seed?"]);
    const labels = (0, validation_1.toLabels)(fn, "labels", options.labels);
    const count = (0, validation_1.checkInteger)(fn, "count", options.count, { min: 0, max: types_1.MAX_DRAWS });
    const fraction = (0, validation_1.checkRange)(fn, "positiveFraction", options.positiveFraction ?? 0.5, { min: 0, max: 1 });
    const rng = (0, label_groups_1.rngOf)(fn, options.seed);
    const groups = new label_groups_1.LabelGroups(labels);
    const all = Array.from({ length: labels.length }, (_, i) => i);
    const withPositive = all.filter((i) => groups.hasPositive(i));
    const withNegative = all.filter((i) => groups.hasNegative(i));
    let positives = Math.round(count * fraction);
    if (withNegative.length === 0)
        positives = count;
    if (withPositive.length === 0)
        positives = 0;
    const total = withPositive.length === 0 && withNegative.length === 0 ? 0 : count;
    const kinds = rng.shuffle(Array.from({ length: total }, (_, k) => (k < positives ? 1 : 0)));
    const first = new Int32Array(total);
    const second = new Int32Array(total);
    const same = new Uint8Array(total);
    kinds.forEach((kind, k) => {
        const pool = kind === 1 ? withPositive : withNegative;
        const i = pool[rng.int(pool.length)];
        first[k] = i;
        second[k] = kind === 1 ? groups.positiveOf(i, rng) : groups.negativeOf(i, rng);
        same[k] = kind;
    });
    return { first, second, same, y: same.map((s) => 1 - s) };
}
exports.samplePairs = samplePairs;
/**
 * The share of same-class pairs among all pairs i < j of `labels`: what random pairing would give
 * (about 10 % for ten balanced classes), against the 50 % `samplePairs` draws. NaN with fewer than 2 labels.
 */
function sameClassPairShare(labels) {
    const y = (0, validation_1.toLabels)("sameClassPairShare", "labels", labels);
    const size = new Map();
    y.forEach((l) => size.set(l, (size.get(l) ?? 0) + 1));
    let same = 0;
    size.forEach((s) => (same += (s * (s - 1)) / 2));
    return same / ((y.length * (y.length - 1)) / 2);
}
exports.sameClassPairShare = sameClassPairShare;
//# sourceMappingURL=pairs.js.map