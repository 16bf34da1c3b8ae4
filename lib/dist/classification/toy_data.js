"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gaussianClasses = void 0;
/**
 * Seeded toy classification data: Gaussian clouds, one per class, in any dimension. Lesson 02 trains
 * logistic regression on two 1-D clouds; lesson 03 makes the classes imbalanced (a rare class of a
 * few dozen points among a thousand) to compare cross-entropy and focal loss.
 */
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
/** counts[c] points drawn from N(means[c], std²·I) for every class c, in a seeded random order. */
function gaussianClasses(opts) {
    const fn = "gaussianClasses";
    (0, validation_1.checkOptions)(fn, opts, ["counts", "means", "std?", "seed?"]);
    const counts = (0, validation_1.checkNumberArray)(fn, "counts", opts.counts);
    counts.forEach((c, i) => (0, validation_1.checkInteger)(fn, `counts[${i}]`, c, { min: 0 }));
    if (!Array.isArray(opts.means) || opts.means.length !== counts.length) {
        throw new validation_1.ShapeError(fn, "means", `one centre per class (${counts.length})`, `${Array.isArray(opts.means) ? opts.means.length : "no"} centres`);
    }
    const means = opts.means.map((m, i) => (0, validation_1.checkNumberArray)(fn, `means[${i}]`, m));
    const d = means[0].length;
    means.forEach((m, i) => {
        if (m.length !== d)
            throw new validation_1.ShapeError(fn, `means[${i}]`, `a point of dimension ${d}, like means[0]`, `dimension ${m.length}`);
    });
    const std = opts.std ?? 1;
    const stds = Array.isArray(std) ? (0, validation_1.checkNumberArray)(fn, "std", std) : counts.map(() => std);
    if (stds.length !== counts.length)
        throw new validation_1.ShapeError(fn, "std", `a number or one per class (${counts.length})`, `${stds.length} numbers`);
    stds.forEach((s, i) => (0, validation_1.checkRange)(fn, `std[${i}]`, s, { min: 0 }));
    const rng = new rng_1.Rng((0, validation_1.checkInteger)(fn, "seed", opts.seed ?? 0));
    const points = [];
    counts.forEach((count, c) => {
        for (let k = 0; k < count; k++)
            points.push({ x: means[c].map((m) => rng.normal(m, stds[c])), y: c });
    });
    const shuffled = rng.shuffle(points);
    return { x: shuffled.map((p) => p.x), y: shuffled.map((p) => p.y) };
}
exports.gaussianClasses = gaussianClasses;
//# sourceMappingURL=toy_data.js.map