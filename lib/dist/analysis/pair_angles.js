"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pairAngles = void 0;
/**
 * Angles between pairs of features, split into positive pairs (same class) and negative pairs
 * (different classes): the histograms of SphereFace's Figure 5, which builds them from two classes of
 * its subset. A margin loss should push the positive angles towards 0 and leave a gap before the
 * negative ones.
 */
const validation_1 = require("../validation");
const vectors_1 = require("./vectors");
/** Every pair's angle among the features of `classes` (all pairs: mind the n² for large sets). */
function pairAngles(options) {
    const fn = "pairAngles";
    (0, validation_1.checkOptions)(fn, options, ["features", "labels", "classes?"]);
    const rows = (0, vectors_1.checkRows)(fn, "features", options.features);
    const labels = (0, validation_1.toLabels)(fn, "labels", options.labels, rows.length, "features");
    let keep = null;
    if (options.classes !== undefined) {
        if (!Array.isArray(options.classes) || options.classes.length === 0)
            throw new validation_1.ValueError(fn, "classes", "a non-empty array of class labels", (0, validation_1.describe)(options.classes));
        keep = new Set(options.classes.map((c, i) => (0, validation_1.checkInteger)(fn, `classes[${i}]`, c)));
        const missing = [...keep].filter((c) => !labels.includes(c));
        if (missing.length > 0)
            throw new validation_1.ValueError(fn, "classes", "classes present in 'labels'", (0, validation_1.describe)(missing));
    }
    const idx = Array.from(labels.keys()).filter((i) => keep === null || keep.has(labels[i]));
    const units = idx.map((i) => (0, vectors_1.unitVector)(rows[i]));
    const positive = [];
    const negative = [];
    for (let a = 0; a < idx.length; a++) {
        for (let b = a + 1; b < idx.length; b++) {
            (labels[idx[a]] === labels[idx[b]] ? positive : negative).push((0, vectors_1.rawVectorAngle)(units[a], units[b]));
        }
    }
    return { positive, negative };
}
exports.pairAngles = pairAngles;
//# sourceMappingURL=pair_angles.js.map