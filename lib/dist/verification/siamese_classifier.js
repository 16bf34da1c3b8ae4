"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateSiameseClassifier = exports.siameseProbabilities = exports.fitSiameseClassifier = void 0;
/**
 * A trained Siamese network used as a binary classifier (the notes' "Siamese networks as binary
 * classification": input a pair, output 0 for similar, 1 else). The network gives a distance d for
 * each pair; a logistic regression on d turns it into a probability that the pair is different,
 *
 *   P(y = 1 | d) = σ(w·d + b),      y = 0 similar (the notes' convention), y = 1 different,
 *
 * fitted by maximum likelihood on labelled calibration pairs (Newton's method on the binary
 * cross-entropy; the log-likelihood of a logistic regression is concave, so it converges in a few
 * steps). Its decision "different when P > ½" is the threshold rule d > t with t = −b/w, so the
 * classifier adds a calibrated probability to the notes' threshold, not a new decision. A small
 * ridge term (`l2`, on the weight of the standardised distance, so the unit of d does not matter) keeps w finite when the calibration pairs are perfectly separated.
 */
const validation_1 = require("../validation");
const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** Binary cross-entropy of one pair from its logit, stable for large |z|: softplus(z) − y·z. */
const pairLoss = (z, y) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
function readLabels(fn, value) {
    const y = (0, validation_1.checkNumberArray)(fn, "different", value, { minLength: 2 });
    y.forEach((v, i) => {
        if (v !== 0 && v !== 1)
            throw new validation_1.ValueError(fn, "different", "labels 0 (same class) or 1 (different classes)", `${(0, validation_1.describe)(v)} at index [${i}]`);
    });
    if (!y.includes(0) || !y.includes(1))
        throw new validation_1.ValueError(fn, "different", "both kinds of pairs, some 0 (same) and some 1 (different)", `only ${y[0]}s`);
    return y;
}
/** Fits P(different | d) = σ(w·d + b) on calibration pairs; see the module comment. */
function fitSiameseClassifier(options) {
    const fn = "fitSiameseClassifier";
    (0, validation_1.checkOptions)(fn, options, ["distances", "different", "l2?", "maxIterations?"]);
    const d = (0, validation_1.checkNumberArray)(fn, "distances", options.distances, { minLength: 2 });
    const y = readLabels(fn, options.different);
    (0, validation_1.checkSameCount)(fn, "distances", d, "different", y);
    const l2 = (0, validation_1.checkRange)(fn, "l2", options.l2 ?? 1e-6, { min: 0 });
    const maxIterations = (0, validation_1.checkRange)(fn, "maxIterations", options.maxIterations ?? 50, { min: 1 });
    // centre and scale d so that Newton's steps are well conditioned; map back at the end
    const n = d.length;
    const mean = d.reduce((s, v) => s + v, 0) / n;
    const scale = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
    const u = d.map((v) => (v - mean) / scale);
    const ridge = l2; // on the standardised weight a = w·sd(d): the fit does not depend on the unit of d
    let [a, b] = [0, 0];
    let iterations = 0;
    for (; iterations < maxIterations; iterations++) {
        let [ga, gb, haa, hab, hbb] = [ridge * a, 0, ridge, 0, 0];
        for (let i = 0; i < n; i++) {
            const p = sigmoid(a * u[i] + b);
            const r = p - y[i];
            const h = p * (1 - p);
            ga += r * u[i];
            gb += r;
            haa += h * u[i] * u[i];
            hab += h * u[i];
            hbb += h;
        }
        const det = haa * hbb - hab * hab;
        if (!(det > 0))
            break;
        const da = (hbb * ga - hab * gb) / det;
        const db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if (Math.abs(da) + Math.abs(db) < 1e-10) {
            iterations++;
            break;
        }
    }
    const w = a / scale;
    const bias = b - (a * mean) / scale;
    const loss = d.reduce((s, v, i) => s + pairLoss(w * v + bias, y[i]), 0) / n;
    return { w, b: bias, threshold: w !== 0 ? -bias / w : NaN, iterations, loss };
}
exports.fitSiameseClassifier = fitSiameseClassifier;
/** P(different) of each pair from its distance. */
function siameseProbabilities(model, distances) {
    const d = (0, validation_1.checkNumberArray)("siameseProbabilities", "distances", distances);
    return d.map((v) => sigmoid(model.w * v + model.b));
}
exports.siameseProbabilities = siameseProbabilities;
/** Accuracy and mean binary cross-entropy of the classifier on labelled pairs. */
function evaluateSiameseClassifier(model, distances, different) {
    const fn = "evaluateSiameseClassifier";
    const d = (0, validation_1.checkNumberArray)(fn, "distances", distances, { minLength: 1 });
    const y = (0, validation_1.checkNumberArray)(fn, "different", different, { minLength: 1 });
    (0, validation_1.checkSameCount)(fn, "distances", d, "different", y);
    y.forEach((v, i) => {
        if (v !== 0 && v !== 1)
            throw new validation_1.ValueError(fn, "different", "labels 0 (same class) or 1 (different classes)", `${(0, validation_1.describe)(v)} at index [${i}]`);
    });
    let [right, loss] = [0, 0];
    d.forEach((v, i) => {
        const z = model.w * v + model.b;
        if ((z > 0 ? 1 : 0) === y[i])
            right++;
        loss += pairLoss(z, y[i]);
    });
    return { accuracy: right / d.length, loss: loss / d.length };
}
exports.evaluateSiameseClassifier = evaluateSiameseClassifier;
//# sourceMappingURL=siamese_classifier.js.map