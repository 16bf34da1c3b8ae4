"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.marginAlongLine = exports.decisionRule = exports.DECISION_RULES = exports.aSoftmaxMargin = exports.aSoftmaxBoundaryAngle = void 0;
/**
 * Binary decision boundaries of the margin losses (lessons 05, 07 and 08). With two classes, θ₁ and θ₂
 * the angles between a feature x and the class weights W₁, W₂, x goes to class 1 when (the notes'
 * closing comparison, after CosFace's Figure 2):
 *
 *   (a) softmax (no bias)            ‖W₁‖cos θ₁ ≥ ‖W₂‖cos θ₂
 *   (b) modified softmax             cos θ₁ ≥ cos θ₂                 (the angle bisector)
 *   (c) A-Softmax (SphereFace)       cos(mθ₁) ≥ cos θ₂               (integer m ≥ 1)
 *   (d) AM-Softmax / CosFace         cos θ₁ ≥ cos θ₂ + m             (0 ≤ m < 2)
 *   (e) ArcFace                      cos(θ₁ + m) ≥ cos θ₂            (0 ≤ m < π)
 *
 * Each is "f(θ₁) ≥ r·cos θ₂" (r = ‖W₂‖ for (a), 1 otherwise), so the boundary is θ₂ = arccos(f(θ₁)/r),
 * which exists where |f(θ₁)/r| ≤ 1; elsewhere the helpers return NaN, which Plotly draws as a gap.
 * Class 2's region is the same rule with θ₁ and θ₂ swapped. With margins, the two classes' regions
 * leave a band between them that belongs to neither: the margin.
 *
 * (c) and (e) are the notes' literal forms. Taken literally they misbehave where cos(mθ₁) or
 * cos(θ₁ + m) turns back up (mθ₁ > π, θ₁ + m > π): there both classes' conditions can hold at once.
 * That is why SphereFace trains with ψ(θ₁) in place of cos(mθ₁) (they agree on [0, π/m]; `psi: true`
 * gives that rule) and ArcFace switches to a fallback where θ₁ + m ≥ π (see `arcFaceTarget`;
 * `fallback: true` gives that rule, written t_m(θ₁) ≥ cos θ₂).
 *
 * A-Softmax's worked numbers (lesson 07): on the boundary mθ₁ = θ₂, and with the weights K apart
 * (θ₁ + θ₂ = K) this gives θ₁ = K/(m + 1): K = 30° and m = 2 give 10°, K = 120° gives 40°.
 */
const validation_1 = require("../validation");
const margins_1 = require("./margins");
const arcface_margin_1 = require("./arcface_margin");
const psi_1 = require("./psi");
/** θ₁ on A-Softmax's binary boundary (mθ₁ = θ₂) for weights K apart (θ₁ + θ₂ = K): K/(m + 1), in K's unit. */
function aSoftmaxBoundaryAngle(options) {
    (0, validation_1.checkOptions)("aSoftmaxBoundaryAngle", options, ["K", "m"]);
    const K = (0, validation_1.checkRange)("aSoftmaxBoundaryAngle", "K", options.K, { min: 0 });
    return K / ((0, margins_1.checkAngularMargin)("aSoftmaxBoundaryAngle", options.m) + 1);
}
exports.aSoftmaxBoundaryAngle = aSoftmaxBoundaryAngle;
/**
 * The angular margin between the two classes' A-Softmax boundaries for weights K apart: class 1's
 * boundary lies at θ₁ = K/(m+1), class 2's at θ₁ = mK/(m+1), so the gap is K(m − 1)/(m + 1), in K's
 * unit. It grows with K: classes far apart get a wider margin than close ones (the "different
 * margins for different classes" problem of the notes).
 */
function aSoftmaxMargin(options) {
    (0, validation_1.checkOptions)("aSoftmaxMargin", options, ["K", "m"]);
    const K = (0, validation_1.checkRange)("aSoftmaxMargin", "K", options.K, { min: 0 });
    const m = (0, margins_1.checkAngularMargin)("aSoftmaxMargin", options.m);
    return (K * (m - 1)) / (m + 1);
}
exports.aSoftmaxMargin = aSoftmaxMargin;
exports.DECISION_RULES = ["a", "b", "c", "d", "e"];
const fmt = (v) => String(Number(v.toFixed(4)));
/** The class-1 condition (a)–(e) as functions of the angles or of the cosines, with class 2's beside it. */
function decisionRule(id, options = {}) {
    const rule = classOneRule(id, options);
    const swapped = id === "a" ? classOneRule(id, { ...options, w1Norm: options.w2Norm, w2Norm: options.w1Norm }) : rule;
    return {
        ...rule,
        holdsClass2: (theta1, theta2) => swapped.holds(theta2, theta1),
        holdsClass2Cos: (cos1, cos2) => swapped.holdsCos(cos2, cos1),
        scoreClass2: (theta1, theta2) => swapped.score(theta2, theta1),
        scoreClass2Cos: (cos1, cos2) => swapped.scoreCos(cos2, cos1),
        class2BoundaryTheta1: (theta2) => swapped.boundaryTheta2(theta2),
        class2BoundaryCos1: (cos2) => swapped.boundaryCos2(cos2),
    };
}
exports.decisionRule = decisionRule;
/** A factor in front of a cosine: nothing for 1. */
const coefficient = (w) => (w === 1 ? "" : fmt(w));
const RULE_OPTIONS = ["m?", "w1Norm?", "w2Norm?", "psi?", "fallback?"];
function classOneRule(id, options) {
    const fn = "decisionRule";
    (0, validation_1.checkOneOf)(fn, "id", id, exports.DECISION_RULES);
    (0, validation_1.checkOptions)(fn, options, RULE_OPTIONS);
    const usePsi = (0, validation_1.checkBoolean)(fn, "psi", options.psi ?? false);
    const useFallback = (0, validation_1.checkBoolean)(fn, "fallback", options.fallback ?? false);
    const w1 = (0, validation_1.checkRange)(fn, "w1Norm", options.w1Norm ?? 1, { min: 0, minOpen: true });
    const w2 = (0, validation_1.checkRange)(fn, "w2Norm", options.w2Norm ?? 1, { min: 0, minOpen: true });
    let loss;
    let latex;
    let f;
    let r = 1;
    switch (id) {
        case "a":
            // a norm of 1 is left out: "1.5 cos θ₁ ≥ cos θ₂", not "≥ 1 cos θ₂"
            [loss, latex, f, r] = ["softmax", `${coefficient(w1)}\\cos\\theta_1 \\ge ${coefficient(w2)}\\cos\\theta_2`, (t) => w1 * Math.cos(t), w2];
            break;
        case "b":
            [loss, latex, f] = ["modified softmax", "\\cos\\theta_1 \\ge \\cos\\theta_2", Math.cos];
            break;
        case "c": {
            const m = (0, margins_1.checkAngularMargin)(fn, options.m ?? margins_1.MARGIN_DEFAULTS.aSoftmax.m);
            [loss, latex, f] = usePsi
                ? ["A-Softmax", `\\psi(\\theta_1) \\ge \\cos\\theta_2,\\ m = ${m}`, (t) => (0, psi_1.psi)(t, m)]
                : ["A-Softmax", `\\cos(${m}\\theta_1) \\ge \\cos\\theta_2`, (t) => Math.cos(m * t)];
            break;
        }
        case "d": {
            const m = (0, margins_1.checkCosineMargin)(fn, options.m ?? margins_1.MARGIN_DEFAULTS.cosFace.m);
            [loss, latex, f] = ["AM-Softmax / CosFace", `\\cos\\theta_1 \\ge \\cos\\theta_2 + ${fmt(m)}`, (t) => Math.cos(t) - m];
            break;
        }
        case "e": {
            const m = (0, margins_1.checkAdditiveAngularMargin)(fn, options.m ?? margins_1.MARGIN_DEFAULTS.arcFace.m);
            [loss, latex, f] = useFallback
                ? ["ArcFace", `t_{${fmt(m)}}(\\theta_1) \\ge \\cos\\theta_2`, (t) => (0, arcface_margin_1.arcFaceTarget)(t, { m })]
                : ["ArcFace", `\\cos(\\theta_1 + ${fmt(m)}) \\ge \\cos\\theta_2`, (t) => Math.cos(t + m)];
            break;
        }
    }
    const score = (theta1, theta2) => f((0, validation_1.checkAngle)(fn, "theta1", theta1)) - r * Math.cos((0, validation_1.checkAngle)(fn, "theta2", theta2));
    const scoreCos = (cos1, cos2) => f(Math.acos((0, validation_1.checkCosine)(fn, "cos1", cos1))) - r * (0, validation_1.checkCosine)(fn, "cos2", cos2);
    const boundaryCos2 = (cos1) => {
        const c2 = f(Math.acos((0, validation_1.checkCosine)(fn, "cos1", cos1))) / r;
        return Math.abs(c2) <= 1 ? c2 : NaN;
    };
    return {
        id,
        loss,
        latex,
        score,
        holds: (theta1, theta2) => score(theta1, theta2) >= 0,
        boundaryTheta2: (theta1) => {
            const c2 = f((0, validation_1.checkAngle)(fn, "theta1", theta1)) / r;
            return Math.abs(c2) <= 1 ? Math.acos(c2) : NaN;
        },
        scoreCos,
        holdsCos: (cos1, cos2) => scoreCos(cos1, cos2) >= 0,
        boundaryCos2,
    };
}
/** The last θ in [lo, hi] where `inside` holds, given it holds at lo and not at hi (bisection). */
function lastInside(inside, lo, hi) {
    for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (inside(mid))
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * The angular margin of rule `id` between two class weights K apart (radians, 0 ≤ K ≤ π), measured
 * along θ₁ + θ₂ = K, where features lie in the plane of the weights, between them: the width of the
 * band of θ₁ that belongs to neither class. Class 1 owns θ₁ from 0 up to its boundary, class 2 from
 * its boundary up to K; the margin is the gap (0 when the boundaries coincide or the regions overlap,
 * K when neither class can be reached at all).
 *
 * Closed forms it agrees with: A-Softmax (c, with ψ) K(m − 1)/(m + 1) for K ≤ π; CosFace (d)
 * 2·arcsin(m / (2 sin(K/2))) while m ≤ 1 − cos K (else no point of the line reaches either class: K); ArcFace (e) m while m ≤ K, else K;
 * softmax (a) and modified softmax (b) 0.
 */
function marginAlongLine(id, options) {
    (0, validation_1.checkOptions)("marginAlongLine", options, ["K", ...RULE_OPTIONS]);
    const K = (0, validation_1.checkRange)("marginAlongLine", "K", options.K, { min: 0, max: Math.PI });
    const { K: _K, ...ruleOptions } = options;
    const rule = decisionRule(id, ruleOptions);
    const class1 = (t) => rule.holds(t, K - t);
    const class2 = (t) => rule.holdsClass2(t, K - t);
    const n = 1024;
    const ts = Array.from({ length: n + 1 }, (_, i) => (K * i) / n);
    // class 1's boundary: where its region along the line ends (scanning up from θ₁ = 0)
    let end1 = 0;
    if (class1(0)) {
        const i = ts.findIndex((t) => !class1(t));
        end1 = i === -1 ? K : lastInside(class1, ts[i - 1], ts[i]);
    }
    // class 2's boundary: where its region starts (scanning down from θ₁ = K)
    let start2 = K;
    if (class2(K)) {
        const i = ts.map((_, k) => n - k).find((k) => !class2(ts[k]));
        start2 = i === undefined ? 0 : K - lastInside((u) => class2(K - u), K - ts[i + 1], K - ts[i]);
    }
    return Math.max(0, start2 - end1);
}
exports.marginAlongLine = marginAlongLine;
//# sourceMappingURL=decision_boundaries.js.map