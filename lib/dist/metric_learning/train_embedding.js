"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trainEmbedding = exports.snapshotStatus = exports.probeStatistics = exports.mineTriplets = exports.embeddingRunLabel = exports.embeddingRunName = exports.MINER_SHORT_LABELS = exports.MINER_LABELS = exports.TRIPLET_MINERS = exports.EMBEDDING_LOSSES = void 0;
/**
 * Lesson 04's experiments in one call: train an embedding network on digits with
 *
 * - "naive": the notes' first idea, "make this small": positive pairs only, loss ‖f(x_p) − f(x_q)‖²;
 * - "contrastive": the notes' L = (1 − y)·EL + y·HL on pairs sampled about 50 % positive per batch;
 * - "triplet": max(D(A, P) − D(A, N) + α, 0) on the triplets a miner picks in each batch:
 *   "notes" (1000 random triplets, keep the semi-hard ones), "semiHard" (FaceNet), "batchHard",
 *   "batchAll"; optionally a few warm-up epochs with another miner first,
 *
 * and record, after every epoch (and before the first), what the notes' mining procedure would see on a
 * fixed probe set: of 1000 random triplets, how many are easy, semi-hard (they survive the notes'
 * selection) and hard; how spread out the embeddings are (0 when they collapse); the mean distance of
 * positive and of negative pairs; and the embeddings of a balanced sample of digits for the figures.
 * Everything is seeded: the network by its own seed, the batches, pairs and draws by `seed`.
 */
const mnist_1 = require("../data/mnist");
const distance_1 = require("../distances/distance");
const contrastive_1 = require("../losses/contrastive");
const triplet_1 = require("../losses/triplet");
const batch_all_1 = require("../miners/batch_all");
const batch_hard_1 = require("../miners/batch_hard");
const pairs_1 = require("../miners/pairs");
const random_triplets_1 = require("../miners/random_triplets");
const semi_hard_1 = require("../miners/semi_hard");
const types_1 = require("../miners/types");
const train_1 = require("../models/train");
const display_1 = require("../notebook/display");
const rng_1 = require("../random/rng");
const evaluate_1 = require("../training/evaluate");
const validation_1 = require("../validation");
const raw_distance_1 = require("./raw_distance");
exports.EMBEDDING_LOSSES = ["naive", "contrastive", "triplet"];
exports.TRIPLET_MINERS = ["notes", "semiHard", "semiHardTfa", "batchHard", "batchAll"];
/** How each miner is called in tables and figures. */
exports.MINER_LABELS = {
    notes: "the notes' rule (1000 random triplets)",
    semiHard: "semi-hard (FaceNet)",
    semiHardTfa: "semi-hard (TF Addons)",
    batchHard: "batch-hard",
    batchAll: "batch-all",
};
/** Short names of the miners, for sliders and legends. */
exports.MINER_SHORT_LABELS = {
    notes: "notes' rule",
    semiHard: "semi-hard",
    semiHardTfa: "semi-hard (TFA)",
    batchHard: "batch-hard",
    batchAll: "batch-all",
};
const DISTANCE_NOTE = { squaredEuclidean: "", euclidean: ", D = ‖·‖ (not squared)", cosine: ", cosine D" };
/** A run's name: "contrastive", "triplet · batch-hard", "triplet · semi-hard (FaceNet) for 4 epochs, then batch-hard". */
function embeddingRunName(run) {
    if (run.loss !== "triplet")
        return run.loss === "naive" ? "naive (positive pairs only)" : "contrastive";
    const main = exports.MINER_LABELS[run.miner ?? "notes"] + DISTANCE_NOTE[run.distance ?? "squaredEuclidean"];
    return run.warmup ? `triplet · ${exports.MINER_LABELS[run.warmup.miner]} for ${run.warmup.epochs} epochs, then ${main}` : `triplet · ${main}`;
}
exports.embeddingRunName = embeddingRunName;
/** A run's short label: "contrastive", "batch-hard", "semi-hard → batch-hard". */
function embeddingRunLabel(run) {
    if (run.loss !== "triplet")
        return run.loss === "naive" ? "naive" : "contrastive";
    const main = exports.MINER_SHORT_LABELS[run.miner ?? "notes"];
    return run.warmup ? `${exports.MINER_SHORT_LABELS[run.warmup.miner]} → ${main}` : main;
}
exports.embeddingRunLabel = embeddingRunLabel;
/** Triplets of one batch chosen by a miner, with distance D (default the notes' squared Euclidean). */
function mineTriplets(miner, batch) {
    const { embeddings, labels, margin, distance } = batch;
    switch (miner) {
        case "notes":
            return (0, random_triplets_1.mineRandomTriplets)({ embeddings, labels, margin, distance, count: batch.notesTriplets ?? 1000, seed: batch.rng });
        case "semiHard":
            return (0, semi_hard_1.mineSemiHard)({ embeddings, labels, margin, distance });
        case "semiHardTfa":
            return (0, semi_hard_1.mineSemiHardTfa)({ embeddings, labels, distance });
        case "batchHard":
            return (0, batch_hard_1.mineBatchHard)({ embeddings, labels, distance });
        default:
            return (0, batch_all_1.mineBatchAll)({ embeddings, labels, margin, distance });
    }
}
exports.mineTriplets = mineTriplets;
/** An object holding the index lists `keys` (a triplet or pair set: data, checked for form only), each checked against n rows. */
function checkIndexSet(fn, arg, value, keys, n) {
    const what = `an object { ${keys.join(", ")} } of row indices`;
    (0, validation_1.checkObject)(fn, value, arg, what);
    const set = value;
    if (keys.some((k) => set[k] === undefined || set[k] === null))
        throw new validation_1.InputTypeError(fn, arg, what, `an object without '${keys.find((k) => set[k] === undefined || set[k] === null)}'`);
    const out = {};
    keys.forEach((k, i) => {
        out[k] = (0, validation_1.toIndices)(fn, `${arg}.${k}`, set[k], n);
        if (i > 0)
            (0, validation_1.checkSameCount)(fn, `${arg}.${keys[0]}`, out[keys[0]], `${arg}.${k}`, out[k]);
    });
    return out;
}
/**
 * The probe statistics of embeddings `e` (one row per probe digit, all of one length) on fixed
 * triplets and pairs (row indices into `e`; `pairs.same` 1 for a positive pair, 0 for a negative one),
 * with the triplets sorted by `margin` (>= 0). Checks its arguments; `trainEmbedding` calls the
 * unchecked version once per epoch on sets it drew itself.
 */
function probeStatistics(e, triplets, pairs, margin) {
    const fn = "probeStatistics";
    if (!Array.isArray(e))
        throw new validation_1.InputTypeError(fn, "e", "an array of embedding rows (number[][])", (0, validation_1.describe)(e));
    if (e.length === 0)
        throw new validation_1.ShapeError(fn, "e", "at least one embedding row", "an empty array");
    const d = Array.isArray(e[0]) ? e[0].length : 0;
    e.forEach((row, i) => {
        if (!Array.isArray(row))
            throw new validation_1.ShapeError(fn, `e[${i}]`, "a row of numbers (an array)", (0, validation_1.describe)(row));
        if (row.length !== d)
            throw new validation_1.ShapeError(fn, `e[${i}]`, `a row of ${d} numbers like 'e[0]'`, `length ${row.length}`);
        (0, validation_1.checkNumberArray)(fn, `e[${i}]`, row);
    });
    const t = checkIndexSet(fn, "triplets", triplets, ["anchors", "positives", "negatives"], e.length);
    const p = checkIndexSet(fn, "pairs", pairs, ["first", "second", "same"], e.length);
    p.same.forEach((v, k) => {
        if (v !== 0 && v !== 1)
            throw new validation_1.ValueError(fn, "pairs.same", "0 (negative pair) or 1 (positive pair)", `${(0, validation_1.describe)(v)} at index [${k}]`);
    });
    const alpha = (0, validation_1.checkRange)(fn, "margin", margin, { min: 0 });
    return rawProbeStatistics(e, t, { first: p.first, second: p.second, same: Uint8Array.from(p.same) }, alpha);
}
exports.probeStatistics = probeStatistics;
function rawProbeStatistics(e, triplets, pairs, margin) {
    const counts = { easy: 0, semiHard: 0, hard: 0 };
    triplets.anchors.forEach((a, k) => {
        const dap = (0, raw_distance_1.rawPointDistance)("squaredEuclidean", e[a], e[triplets.positives[k]]);
        const dan = (0, raw_distance_1.rawPointDistance)("squaredEuclidean", e[a], e[triplets.negatives[k]]);
        counts[(0, random_triplets_1.tripletCategory)(dap, dan, margin)] += 1;
    });
    const d = e[0]?.length ?? 0;
    const mean = Array.from({ length: d }, (_, j) => e.reduce((s, r) => s + r[j], 0) / e.length);
    const spread = Math.sqrt(e.reduce((s, r) => s + (0, raw_distance_1.rawPointDistance)("squaredEuclidean", r, mean), 0) / e.length);
    const meanNorm = e.reduce((s, r) => s + Math.hypot(...r), 0) / e.length;
    const sums = [0, 0, 0, 0]; // negative sum, negative count, positive sum, positive count
    pairs.first.forEach((i, k) => {
        sums[2 * pairs.same[k]] += (0, raw_distance_1.rawPointDistance)("euclidean", e[i], e[pairs.second[k]]);
        sums[2 * pairs.same[k] + 1] += 1;
    });
    return {
        ...counts,
        triplets: triplets.anchors.length,
        spread,
        meanNorm,
        positiveDistance: sums[2] / sums[3],
        negativeDistance: sums[0] / sums[1],
    };
}
function fmt(v) {
    return String(Number(v.toPrecision(3)));
}
/**
 * "epoch 3/8 · loss 0.123 · spread 1.2 · of 1000 random triplets 48 semi-hard, 12 hard" (triplet runs), or
 * "… · mean distance of positive pairs 0.3, of negative pairs 1.2" (pair losses).
 */
function snapshotStatus(s) {
    const loss = Number.isNaN(s.loss) ? "" : ` · loss ${fmt(s.loss)}`;
    const detail = s.lossName === "triplet"
        ? `of ${s.triplets} random triplets ${s.semiHard} semi-hard, ${s.hard} hard`
        : `mean distance of positive pairs ${fmt(s.positiveDistance)}, of negative pairs ${fmt(s.negativeDistance)}`;
    return `epoch ${s.epoch}/${s.epochs}${loss} · spread ${fmt(s.spread)} · ${detail}`;
}
exports.snapshotStatus = snapshotStatus;
/** Trains `net` with the chosen loss (and miner) and records a snapshot after every epoch; see the module comment. */
async function trainEmbedding(options) {
    const fn = "trainEmbedding";
    (0, validation_1.checkOptions)(fn, options, ["net", "train", "loss", "miner?", "warmup?", "distance?", "margin?", "pairsPerBatch?", "positiveFraction?", "notesTriplets?", "epochs?", "batchSize?", "learningRate?", "seed?", "probe?", "probeTriplets?", "probeMargin?", "watchPerClass?", "name?", "live?", "progress?", "output?", "onEpoch?"]);
    const { net } = options;
    if (typeof net?.embed !== "function" || typeof net?.apply !== "function") {
        throw new validation_1.InputTypeError(fn, "net", "an embedding network with apply(x) and embed(x)", (0, validation_1.describe)(net));
    }
    const loss = (0, validation_1.checkOneOf)(fn, "loss", options.loss, exports.EMBEDDING_LOSSES);
    const miner = loss === "triplet" ? (0, validation_1.checkOneOf)(fn, "miner", options.miner ?? "notes", exports.TRIPLET_MINERS) : null;
    let warmup;
    if (options.warmup !== undefined) {
        (0, validation_1.checkOptions)(fn, options.warmup, ["miner", "epochs"], "warmup");
        warmup = { miner: (0, validation_1.checkOneOf)(fn, "warmup.miner", options.warmup.miner, exports.TRIPLET_MINERS), epochs: (0, validation_1.checkInteger)(fn, "warmup.epochs", options.warmup.epochs, { min: 0 }) };
    }
    const margin = (0, validation_1.checkRange)(fn, "margin", options.margin ?? (loss === "triplet" ? types_1.DEFAULT_TRIPLET_MARGIN : 1), { min: 0 });
    const distance = (0, validation_1.checkOneOf)(fn, "distance", options.distance ?? "squaredEuclidean", distance_1.DISTANCES);
    const epochs = (0, validation_1.checkInteger)(fn, "epochs", options.epochs ?? 8, { min: 1 });
    const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 128, { min: 2 });
    const pairsPerBatch = (0, validation_1.checkInteger)(fn, "pairsPerBatch", options.pairsPerBatch ?? batchSize, { min: 1 });
    const positiveFraction = loss === "naive" ? 1 : (0, validation_1.checkRange)(fn, "positiveFraction", options.positiveFraction ?? 0.5, { min: 0, max: 1 });
    const notesTriplets = (0, validation_1.checkInteger)(fn, "notesTriplets", options.notesTriplets ?? 1000, { min: 1 });
    const seed = (0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0);
    const probeCount = (0, validation_1.checkInteger)(fn, "probeTriplets", options.probeTriplets ?? 1000, { min: 1 });
    const probeMargin = (0, validation_1.checkRange)(fn, "probeMargin", options.probeMargin ?? (loss === "triplet" ? margin : types_1.DEFAULT_TRIPLET_MARGIN), { min: 0 });
    const watchPerClass = (0, validation_1.checkInteger)(fn, "watchPerClass", options.watchPerClass ?? 50, { min: 1 });
    const description = { loss, miner: miner ?? undefined, warmup, distance };
    const name = options.name ?? embeddingRunName(description);
    const label = embeddingRunLabel(description);
    const probe = options.probe ?? options.train;
    const probeRng = new rng_1.Rng(seed + 7919);
    const probeTriplets = (0, random_triplets_1.drawRandomTriplets)(probe.labels, probeCount, probeRng);
    const probePairs = (0, pairs_1.samplePairs)({ labels: probe.labels, count: probeCount, seed: probeRng });
    const watched = (0, evaluate_1.balancedRows)(probe.labels, { perClass: watchPerClass, seed });
    const view = options.output ?? (options.live || options.progress ? (0, display_1.live)() : null);
    const snapshots = [];
    const used = [];
    const candidates = [];
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    const snapshot = async (epoch, epochLoss) => {
        const e = (0, evaluate_1.embedSet)(net, probe);
        const s = {
            lossName: loss,
            epoch,
            epochs,
            loss: epochLoss,
            seconds: seconds(),
            ...rawProbeStatistics(e, probeTriplets, probePairs, probeMargin),
            embeddings: watched.map((r) => e[r]),
            labels: watched.map((r) => probe.labels[r]),
            rows: watched,
        };
        snapshots.push(s);
        if (options.onEpoch)
            await options.onEpoch(s);
        if (view && options.live)
            view.figure(options.live(s), { final: epoch === epochs });
        else if (view)
            view.progress(epoch, epochs, `${name}: ${snapshotStatus(s)}`);
    };
    const rng = new rng_1.Rng(seed + 1);
    const lossOfBatch = (e, _labels, batch) => {
        const labels = batch.labels;
        if (loss === "triplet") {
            const current = warmup && batch.epoch < warmup.epochs ? warmup.miner : miner;
            const t = mineTriplets(current, { embeddings: e, labels, margin, rng, notesTriplets, distance });
            used.push(t.anchors.length);
            candidates.push(t.candidates);
            return (0, triplet_1.batchTripletLoss)({ embeddings: e, labels, triplets: t, margin, distance });
        }
        const pairs = (0, pairs_1.samplePairs)({ labels, count: pairsPerBatch, positiveFraction, seed: rng });
        used.push(pairs.first.length);
        candidates.push((labels.length * (labels.length - 1)) / 2);
        return (0, contrastive_1.batchContrastiveLoss)({ embeddings: e, labels, pairs, margin });
    };
    const { images, labels } = (0, mnist_1.mnistTensors)(options.train);
    labels.dispose();
    try {
        await snapshot(0, NaN);
        const history = await (0, train_1.train)(net, {
            x: images,
            labels: options.train.labels,
            loss: lossOfBatch,
            epochs,
            batchSize,
            learningRate: options.learningRate,
            seed,
            onEpoch: (p) => snapshot(p.epoch + 1, p.loss),
        });
        const perEpoch = history.steps / epochs;
        const usedPerEpoch = Array.from({ length: epochs }, (_, k) => used.slice(k * perEpoch, (k + 1) * perEpoch).reduce((a, b) => a + b, 0) / perEpoch);
        return { name, label, loss, miner, margin, history, snapshots, final: snapshots[snapshots.length - 1], used, candidates, usedPerEpoch, seconds: seconds() };
    }
    finally {
        images.dispose();
    }
}
exports.trainEmbedding = trainEmbedding;
//# sourceMappingURL=train_embedding.js.map