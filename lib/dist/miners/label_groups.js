"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rngOf = exports.LabelGroups = void 0;
/**
 * Samples grouped by class label, for drawing a same-class partner or an other-class partner of a
 * sample uniformly at random in O(1), and for enumerating positives and negatives.
 */
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
class LabelGroups {
    constructor(labels) {
        this.labels = labels;
        const n = labels.length;
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => labels[a] - labels[b] || a - b);
        this.sorted = Int32Array.from(order);
        this.start = new Int32Array(n);
        this.size = new Int32Array(n);
        for (let k = 0; k < n;) {
            let end = k;
            while (end < n && labels[order[end]] === labels[order[k]])
                end++;
            for (let m = k; m < end; m++) {
                this.start[order[m]] = k;
                this.size[order[m]] = end - k;
            }
            k = end;
        }
    }
    get n() {
        return this.labels.length;
    }
    /** Sample i has another sample of its class. */
    hasPositive(i) {
        return this.size[i] > 1;
    }
    /** Sample i has a sample of another class. */
    hasNegative(i) {
        return this.size[i] < this.n;
    }
    /** A uniformly random other sample of i's class (requires `hasPositive(i)`). */
    positiveOf(i, rng) {
        const k = rng.int(this.size[i] - 1);
        const j = this.sorted[this.start[i] + k];
        return j === i ? this.sorted[this.start[i] + this.size[i] - 1] : j;
    }
    /** A uniformly random sample of another class than i's (requires `hasNegative(i)`). */
    negativeOf(i, rng) {
        const k = rng.int(this.n - this.size[i]);
        return this.sorted[k < this.start[i] ? k : k + this.size[i]];
    }
}
exports.LabelGroups = LabelGroups;
/** The generator behind a `seed` option: a new one from a number, or the one given. */
function rngOf(fn, seed) {
    if (seed instanceof rng_1.Rng)
        return seed;
    return new rng_1.Rng((0, validation_1.checkInteger)(fn, "seed", seed ?? 0));
}
exports.rngOf = rngOf;
//# sourceMappingURL=label_groups.js.map