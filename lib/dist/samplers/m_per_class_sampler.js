"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MPerClassSampler = void 0;
/**
 * pytorch-metric-learning's `MPerClassSampler(labels, m, batch_size, length_before_new_iter)`: the order
 * in which a data set's samples are visited so that every batch holds m samples of each of its classes
 * (what the batch miners and pair losses need: positives in every batch).
 *
 * One epoch (`sample()`) is `length` indices, drawn in passes: each pass shuffles the classes and takes
 * the first batchSize / m of them (all of them without `batchSize`), then m samples of each class,
 * without replacement when the class has at least m samples, with replacement otherwise. `length` is
 * `lengthBeforeNewIter` (default 100 000) rounded down to a whole number of batches (of passes without
 * `batchSize`), as pml's. Seeded: the same seed gives the same epochs; each call draws a new epoch.
 */
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
class MPerClassSampler {
    constructor(options) {
        this.members = new Map();
        const fn = "MPerClassSampler";
        (0, validation_1.checkOptions)(fn, options, ["labels", "m", "batchSize?", "lengthBeforeNewIter?", "seed?"]);
        const labels = (0, validation_1.toLabels)(fn, "labels", options.labels);
        this.m = (0, validation_1.checkInteger)(fn, "m", options.m, { min: 1 });
        labels.forEach((l, i) => {
            if (!this.members.has(l))
                this.members.set(l, []);
            this.members.get(l).push(i);
        });
        this.classes = Array.from(this.members.keys());
        if (this.classes.length === 0)
            throw new validation_1.ValueError(fn, "labels", "at least one sample", "none");
        const pass = this.m * this.classes.length;
        let length = (0, validation_1.checkInteger)(fn, "lengthBeforeNewIter", options.lengthBeforeNewIter ?? 100000, { min: 1 });
        if (options.batchSize === undefined) {
            if (pass < length)
                length -= length % pass;
        }
        else {
            const b = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize, { min: 1, max: length });
            if (b > pass)
                throw new validation_1.ValueError(fn, "batchSize", `at most m · (number of classes) = ${pass}`, (0, validation_1.describe)(b));
            if (b % this.m !== 0)
                throw new validation_1.ValueError(fn, "batchSize", `a multiple of m = ${this.m}`, (0, validation_1.describe)(b));
            this.batchSize = b;
            length -= length % b;
        }
        this.length = length;
        this.rng = new rng_1.Rng((0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0));
    }
    /** m distinct members of a class (with replacement when it has fewer than m), pml's `safe_random_choice`. */
    draw(members) {
        if (members.length < this.m)
            return Array.from({ length: this.m }, () => members[this.rng.int(members.length)]);
        return this.rng.shuffle(members).slice(0, this.m);
    }
    /** One epoch of indices. */
    sample() {
        const unit = this.batchSize ?? this.m * this.classes.length;
        const passes = unit < this.length ? Math.floor(this.length / unit) : 1;
        const out = [];
        for (let k = 0; k < passes; k++) {
            const shuffled = this.rng.shuffle(this.classes);
            const chosen = this.batchSize === undefined ? shuffled : shuffled.slice(0, this.batchSize / this.m);
            for (const c of chosen)
                out.push(...this.draw(this.members.get(c)));
        }
        // a single pass longer than `length` (no batchSize) is kept whole, as pml's iterator does
        return Int32Array.from(out);
    }
    /** One epoch cut into batches of `batchSize` (of one pass without it). */
    batches() {
        const epoch = this.sample();
        const size = this.batchSize ?? this.m * this.classes.length;
        return Array.from({ length: Math.ceil(epoch.length / size) }, (_, i) => epoch.slice(i * size, (i + 1) * size));
    }
}
exports.MPerClassSampler = MPerClassSampler;
//# sourceMappingURL=m_per_class_sampler.js.map