"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkNotesSelection = exports.exercise04Selection = exports.checkTripletLosses = exports.exercise04Loss = void 0;
/**
 * Exercise 04, in two parts, on plain arrays:
 * 1. the triplet loss of each triplet, L = max(‖x_a − x_p‖² − ‖x_a − x_n‖² + α, 0), checked against the
 *    library's `tripletLoss` (float32, hence a relative tolerance of 1e-5);
 * 2. the notes' online semi-hard selection: given D(A, P) and D(A, N) of some random triplets, the indices
 *    of those with ① D(A, N) − D(A, P) < α and ② D(A, N) > D(A, P), checked against `keptByNotesRule`.
 */
const triplet_1 = require("../losses/triplet");
const axioms_1 = require("../metric_learning/axioms");
const random_triplets_1 = require("../miners/random_triplets");
const rng_1 = require("../random/rng");
const checker_1 = require("./checker");
const describe_inputs_1 = require("./describe_inputs");
// ---------------------------------------------------------------- part 1: the triplet loss
function lossCases() {
    const rng = new rng_1.Rng(4004);
    const random = (n, d, scale) => Array.from({ length: n }, () => Array.from({ length: d }, () => scale * rng.normal()));
    const randomCase = (n, d, margin) => {
        const anchors = random(n, d, 1);
        // positives near their anchors, negatives anywhere: a mix of easy, semi-hard and hard triplets
        return { anchors, positives: anchors.map((a) => a.map((v) => v + 0.4 * rng.normal())), negatives: random(n, d, 1), margin };
    };
    return [
        { name: "one easy triplet (the negative is far: the loss is 0)", input: { anchors: [[0, 0]], positives: [[0.1, 0]], negatives: [[1, 0]], margin: 0.2 } },
        { name: "one semi-hard triplet", input: { anchors: [[0, 0]], positives: [[0.3, 0]], negatives: [[0, 0.35]], margin: 0.2 } },
        { name: "one hard triplet (the negative is closer than the positive)", input: { anchors: [[0, 0]], positives: [[0.3, 0]], negatives: [[0.2, 0.1]], margin: 0.2 } },
        { name: "identical embeddings (a collapsed network: every loss is α)", input: { anchors: [[0.5, -0.5], [0.5, -0.5]], positives: [[0.5, -0.5], [0.5, -0.5]], negatives: [[0.5, -0.5], [0.5, -0.5]], margin: 0.2 } },
        { name: "a triplet exactly at the margin, D(A,N) = D(A,P) + α (the loss is 0)", input: { anchors: [[0, 0]], positives: [[1, 0]], negatives: [[0, 2]], margin: 3 } },
        { name: "no triplet at all (empty lists: no losses)", input: { anchors: [], positives: [], negatives: [], margin: 0.2 } },
        { name: "margin α = 0", input: randomCase(4, 2, 0) },
        { name: "1-D embeddings", input: { anchors: [[0], [1], [-2]], positives: [[0.5], [1.1], [0]], negatives: [[0.4], [3], [-2.5]], margin: 0.5 } },
        { name: "random triplets, d = 2", input: randomCase(6, 2, 0.2) },
        { name: "random triplets, d = 8", input: randomCase(5, 8, 0.2) },
        { name: "random triplets with a large margin α = 5", input: randomCase(5, 3, 5) },
    ];
}
/** Per-triplet losses in float64, with parts of the formula switched off: the usual slips, for hints. */
function variant(input, opts) {
    const dist = opts.squared === false ? "euclidean" : "squaredEuclidean";
    return input.anchors.map((a, i) => {
        const dap = (0, axioms_1.pointDistance)(dist, a, input.positives[i]);
        const dan = (0, axioms_1.pointDistance)(dist, a, input.negatives[i]);
        const inside = (opts.flipped ? dan - dap : dap - dan) + (opts.margin === false ? 0 : input.margin);
        return opts.hinge === false ? inside : Math.max(inside, 0);
    });
}
exports.exercise04Loss = {
    title: "Exercise 04, part 1 · the triplet loss",
    cases: lossCases(),
    reference: ({ anchors, positives, negatives, margin }) => {
        if (anchors.length === 0)
            return [];
        const t = (0, triplet_1.tripletLoss)({ anchors, positives, negatives, margin, reduction: "none" });
        const out = Array.from(t.dataSync());
        t.dispose();
        return out;
    },
    call: (student, input) => student(input.anchors.map((r) => r.slice()), input.positives.map((r) => r.slice()), input.negatives.map((r) => r.slice()), input.margin),
    describeInput: ({ anchors, positives, negatives, margin }) => `α = ${margin}, anchors ${(0, describe_inputs_1.shortRows)(anchors)}, positives ${(0, describe_inputs_1.shortRows)(positives)}, negatives ${(0, describe_inputs_1.shortRows)(negatives)}`,
    rtol: 1e-5,
    atol: 1e-6,
    hint: (input, expected, got) => {
        if (typeof got === "number")
            return "return one loss per triplet (an array), not their sum J.";
        if (!Array.isArray(got) || got.length !== expected.length)
            return `return an array with one loss per triplet (${expected.length} here).`;
        if (got.some((v) => typeof v === "number" && v < 0))
            return "a loss is negative: the hinge max(·, 0) is missing. An easy triplet must give 0, not a negative number.";
        if ((0, describe_inputs_1.looksLike)(got, variant(input, { squared: false })))
            return "D is the squared distance ‖x_a − x_p‖² (the notes' D(A, P)), without a square root.";
        if ((0, describe_inputs_1.looksLike)(got, variant(input, { margin: false })))
            return "the margin α is missing: L = max(D(A,P) − D(A,N) + α, 0).";
        if ((0, describe_inputs_1.looksLike)(got, variant(input, { flipped: true })))
            return "the order is flipped: it is D(A,P) − D(A,N) + α, the positive's distance minus the negative's.";
        return "for each i: D(A,P) = Σ_k (a_k − p_k)², D(A,N) = Σ_k (a_k − n_k)², L = max(D(A,P) − D(A,N) + α, 0).";
    },
};
/** Checks a student's triplet loss (part 1) and shows the report. */
function checkTripletLosses(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise04Loss, student, opts, "checkTripletLosses");
}
exports.checkTripletLosses = checkTripletLosses;
// ---------------------------------------------------------------- part 2: the notes' selection
function selectionCases() {
    const rng = new rng_1.Rng(4040);
    // the notes' 1000 random triplets, distances of a half-trained network: every kind occurs. Not rounded:
    // with random values no triplet sits exactly on a boundary, where D(A,N) − D(A,P) < α and
    // D(A,N) < D(A,P) + α can disagree by a rounding error (the boundary cases use exact binary fractions)
    const dap = Array.from({ length: 1000 }, () => Math.abs(rng.normal(0.5, 0.3)));
    const dan = dap.map((d) => Math.max(0, d + rng.normal(0.15, 0.3)));
    return [
        { name: "one easy, one semi-hard and one hard triplet", input: { dap: [0.09, 0.09, 0.09], dan: [1, 0.1225, 0.05], margin: 0.2 } },
        { name: "D(A,N) = D(A,P) exactly (condition ② is strict)", input: { dap: [0.5, 0.5], dan: [0.5, 0.6], margin: 0.25 } },
        { name: "D(A,N) − D(A,P) = α exactly (condition ① is strict)", input: { dap: [0.5, 0.5], dan: [0.75, 0.7], margin: 0.25 } },
        { name: "no triplet survives: all easy", input: { dap: [0.1, 0.2, 0.3], dan: [1, 2, 3], margin: 0.2 } },
        { name: "no triplet survives: all hard", input: { dap: [1, 2, 3], dan: [0.5, 1.5, 0.1], margin: 0.2 } },
        { name: "every triplet survives", input: { dap: [0, 0.2, 1], dan: [0.1, 0.3, 1.19], margin: 0.2 } },
        { name: "margin α = 0: no triplet can be semi-hard", input: { dap: [0.2, 0.4, 0.6], dan: [0.3, 0.4, 0.5], margin: 0 } },
        { name: "no triplet at all (empty lists)", input: { dap: [], dan: [], margin: 0.2 } },
        { name: "the notes' 1000 random triplets", input: { dap, dan, margin: 0.2 } },
    ];
}
exports.exercise04Selection = {
    title: "Exercise 04, part 2 · the notes' semi-hard selection",
    cases: selectionCases(),
    reference: ({ dap, dan, margin }) => dap.flatMap((d, i) => ((0, random_triplets_1.keptByNotesRule)(d, dan[i], margin) ? [i] : [])),
    call: (student, { dap, dan, margin }) => student(dap.slice(), dan.slice(), margin),
    describeInput: ({ dap, dan, margin }) => `α = ${margin}, ${dap.length} triplets with D(A,P) = ${(0, describe_inputs_1.shortList)(dap)}, D(A,N) = ${(0, describe_inputs_1.shortList)(dan)}`,
    rtol: 0,
    atol: 0,
    hint: ({ dap, dan, margin }, expected, got) => {
        if (!Array.isArray(got) || got.some((v) => typeof v !== "number" || !Number.isInteger(v))) {
            return "return the indices of the kept triplets, e.g. [1, 4], not booleans or distances.";
        }
        const extra = got.filter((i) => !expected.includes(i));
        const kind = (i) => (dan[i] === dap[i] ? "tie" : dan[i] < dap[i] ? "hard" : dan[i] - dap[i] === margin ? "at the margin" : dan[i] - dap[i] > margin ? "easy" : "kept");
        const kinds = new Set(extra.map(kind));
        if (kinds.has("tie"))
            return "condition ② is strict: a triplet with D(A,N) = D(A,P) is not kept.";
        if (kinds.has("at the margin"))
            return "condition ① is strict: a triplet with D(A,N) − D(A,P) = α exactly is not kept.";
        if (kinds.has("hard"))
            return "keep only D(A,N) > D(A,P): hard triplets (the negative closer than the positive) are the notes' outliers, discarded.";
        if (kinds.has("easy"))
            return "condition ① D(A,N) − D(A,P) < α leaves out the easy triplets, already beyond the margin (their loss is 0).";
        if (got.length === expected.length && [...got].sort((a, b) => a - b).every((v, i) => v === expected[i]))
            return "list the indices in increasing order.";
        if (extra.length > 0)
            return "an index that is not a triplet of the input came back.";
        const missing = expected.find((i) => !got.includes(i));
        const example = missing === undefined ? "" : ` (triplet ${missing}, D(A,P) = ${+dap[missing].toPrecision(4)}, D(A,N) = ${+dan[missing].toPrecision(4)}, is one)`;
        return `some semi-hard triplets are missing${example}: keep every i with D(A,P)[i] < D(A,N)[i] < D(A,P)[i] + α.`;
    },
};
/** Checks a student's selection rule (part 2) and shows the report. */
function checkNotesSelection(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise04Selection, student, opts, "checkNotesSelection");
}
exports.checkNotesSelection = checkNotesSelection;
//# sourceMappingURL=lesson04.js.map