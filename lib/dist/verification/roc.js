"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tarAtFar = exports.rocAuc = exports.rocCurve = void 0;
/**
 * The ROC curve of pair verification and the area under it. Sweeping the threshold from "nothing is
 * the same" to "everything is", each point is (false positive rate, true positive rate). The AUC is the
 * probability that a random same-class pair scores as more similar than a random different-class pair,
 * ties counting one half (the Mann–Whitney statistic): 1 perfect, 0.5 chance.
 */
const validation_1 = require("../validation");
const scores_1 = require("./scores");
/** The ROC curve of scored pairs; needs at least one same-class and one different-class pair. */
function rocCurve(input) {
    return curveOf("rocCurve", input);
}
exports.rocCurve = rocCurve;
/** The ROC curve for the public function `fn` (rocCurve, rocAuc), whose name the errors carry. */
function curveOf(fn, input) {
    const g = (0, scores_1.groupScores)(fn, input);
    if (g.totalSame === 0 || g.totalDifferent === 0) {
        throw new validation_1.ValueError(fn, "isSame", "at least one same-class and one different-class pair", `${g.totalSame} same and ${g.totalDifferent} different`);
    }
    const fpr = [0];
    const tpr = [0];
    const thresholds = [g.kind === "distance" ? -Infinity : Infinity];
    let tp = 0;
    let fp = 0;
    let auc = 0;
    g.values.forEach((value, k) => {
        const prevTpr = tp / g.totalSame;
        tp += g.same[k];
        fp += g.different[k];
        const x = fp / g.totalDifferent;
        const y = tp / g.totalSame;
        auc += (x - fpr[fpr.length - 1]) * (y + prevTpr) / 2;
        fpr.push(x);
        tpr.push(y);
        thresholds.push(value);
    });
    return { fpr, tpr, thresholds, auc };
}
/** The area under the ROC curve of scored pairs (see `rocCurve`). */
function rocAuc(input) {
    return curveOf("rocAuc", input).auc;
}
exports.rocAuc = rocAuc;
/**
 * TAR at a fixed FAR, the face-verification measure: the largest true positive rate (same-class pairs
 * accepted) among the ROC's thresholds whose false positive rate (different-class pairs accepted) is at
 * most `far`. With n different-class pairs, a FAR below 1/n can only be met by accepting no
 * different-class pair at all.
 */
function tarAtFar(input, far) {
    const fn = "tarAtFar";
    const limit = (0, validation_1.checkRange)(fn, "far", far, { min: 0, max: 1 });
    const curve = curveOf(fn, input);
    let best = 0;
    curve.fpr.forEach((x, k) => {
        if (x <= limit + 1e-12 && curve.tpr[k] > best)
            best = curve.tpr[k];
    });
    return best;
}
exports.tarAtFar = tarAtFar;
//# sourceMappingURL=roc.js.map