"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCapstone = exports.CAPSTONE_NAMES = exports.CAPSTONE_DEFAULTS = exports.CAPSTONE_SETTINGS = exports.PAPER_LAMBDA_MIN = exports.CAPSTONE_FAR = exports.CAPSTONE_ASOFTMAX_ANNEALING = exports.CAPSTONE_LSOFTMAX_ANNEALING = exports.CAPSTONE_LOSSES = void 0;
/**
 * Lesson 09's capstone: one network, every loss of the course that trains a classifier or an
 * embedding, the same budget, and two questions:
 *
 * - **closed set**: how well are held-out images of the trained digits (0–7) classified? Classifier
 *   losses answer with their head (its logits without margin); the embedding losses (contrastive,
 *   triplet), which have no head, with the nearest class centroid by cosine, the centroids being the
 *   mean unit training features of each digit (`angleStatistics`' class centres);
 * - **open set**: are two images of digits the network never saw (8, 9) recognised as "same" or
 *   "different" by the cosine similarity of their features? The threshold t is chosen on calibration
 *   pairs of held-out 0–7 digits (never on the 8–9 pairs), then accuracy at t and the ROC AUC are
 *   measured on 8–9 pairs. Every loss is scored on the same pairs.
 *
 * and the mean intra-class and inter-class angles of the held-out features (`angleStatistics`).
 * Every loss trains a fresh `EmbeddingNet` with the same seed (the same initial weights), on the same
 * rows, for the same epochs, batch size and learning rate. Seeded throughout.
 */
const mnist_1 = require("../data/mnist");
const a_softmax_head_1 = require("../heads/a_softmax_head");
const cosine_margin_heads_1 = require("../heads/cosine_margin_heads");
const l_softmax_head_1 = require("../heads/l_softmax_head");
const modified_softmax_head_1 = require("../heads/modified_softmax_head");
const softmax_head_1 = require("../heads/softmax_head");
const angle_statistics_1 = require("../analysis/angle_statistics");
const embedding_net_1 = require("../models/embedding_net");
const train_embedding_1 = require("../metric_learning/train_embedding");
const pairs_1 = require("../miners/pairs");
const evaluate_1 = require("../training/evaluate");
const train_head_1 = require("../training/train_head");
const roc_1 = require("../verification/roc");
const score_pairs_1 = require("../verification/score_pairs");
const threshold_1 = require("../verification/threshold");
const validation_1 = require("../validation");
const centroids_1 = require("./centroids");
/** Every loss of the capstone, in the course's order. */
exports.CAPSTONE_LOSSES = ["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace", "contrastive", "triplet"];
const EMBEDDING_LOSSES = ["contrastive", "triplet"];
/**
 * The capstone's λ schedules: its runs are short (a hundred steps or so), so λ decays ten times faster
 * than in lessons 06–07 (base 1000, γ = 1, power 2: λ = 1000/(1 + step)²) down to each paper's floor:
 * L-Softmax's λ_min = 0 (approached: about 0.15 after 80 steps, 87 % of the target ψ) and SphereFace's
 * λ_min = 5 (reached after 13 steps). The run reports where λ ended.
 */
exports.CAPSTONE_LSOFTMAX_ANNEALING = Object.freeze({ base: 1000, gamma: 1, power: 2, lambdaMin: 0 });
exports.CAPSTONE_ASOFTMAX_ANNEALING = Object.freeze({ base: 1000, gamma: 1, power: 2, lambdaMin: 5 });
/** The false accept rate at which the open-set TAR is read (1 %: with 1,000 different-digit pairs, 10 of them accepted). */
exports.CAPSTONE_FAR = 0.01;
/** The papers' final λ of the annealed heads (L-Softmax's Caffe schedule: 0; SphereFace's: 5). */
exports.PAPER_LAMBDA_MIN = Object.freeze({ lSoftmax: 0, aSoftmax: 5 });
/** The settings of each loss (the lessons' choices for 3-D features). */
exports.CAPSTONE_SETTINGS = {
    softmax: "W·x + b",
    modifiedSoftmax: "‖W‖ = 1, b = 0",
    lSoftmax: "m = 4, λ = 1000/(1 + step)² → λ_min 0",
    aSoftmax: "m = 4, λ = 1000/(1 + step)² → λ_min 5",
    cosFace: "s = 30, m = 0.35",
    arcFace: "s = 30, m = 0.5",
    contrastive: "m = 1, 50 % positive pairs",
    triplet: "α = 0.2, semi-hard mining",
};
/**
 * The budget of lesson 09 and of `npm run capstone` (one place, so both print the same table): every
 * loss gets these epochs over the same rows, for each of `seeds` seeds (`runCapstoneSeeds`). Sized to
 * keep the notebook under a minute on 2 cores with the native backend.
 */
exports.CAPSTONE_DEFAULTS = Object.freeze({ epochs: 4, perDigit: 400, batchSize: 128, learningRate: 0.003, embeddingSize: 3, seed: 0, seeds: 5 });
/** How each loss is called in tables and figures. */
exports.CAPSTONE_NAMES = {
    softmax: "softmax",
    modifiedSoftmax: "modified softmax",
    lSoftmax: "L-Softmax",
    aSoftmax: "A-Softmax",
    cosFace: "CosFace",
    arcFace: "ArcFace",
    contrastive: "contrastive",
    triplet: "triplet",
};
function checkDigitList(fn, arg, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!Array.isArray(value) || value.length < 2)
        throw new validation_1.InputTypeError(fn, arg, "an array of at least two digits 0-9", (0, validation_1.describe)(value));
    return value.map((d, i) => (0, validation_1.checkInteger)(fn, `${arg}[${i}]`, d, { min: 0, max: 9 }));
}
function pairSet(labels, count, seed) {
    const p = (0, pairs_1.samplePairs)({ labels, count, seed });
    return { first: p.first, second: p.second, firstLabels: p.first.map((i) => labels[i]), secondLabels: p.second.map((i) => labels[i]), same: p.same };
}
function scoreSet(features, labels, pairs) {
    return (0, score_pairs_1.scorePairs)({ embeddings: features, labels, pairs: { first: pairs.first, second: pairs.second }, score: "cosineSimilarity" });
}
function makeHead(loss, d, C, seed) {
    const base = { inputDim: d, numClasses: C, seed };
    switch (loss) {
        case "softmax":
            return new softmax_head_1.SoftmaxHead(base);
        case "modifiedSoftmax":
            return new modified_softmax_head_1.ModifiedSoftmaxHead(base);
        case "lSoftmax":
            return new l_softmax_head_1.LSoftmaxHead({ ...base, m: 4, annealing: exports.CAPSTONE_LSOFTMAX_ANNEALING });
        case "aSoftmax":
            return new a_softmax_head_1.ASoftmaxHead({ ...base, m: 4, annealing: exports.CAPSTONE_ASOFTMAX_ANNEALING });
        case "cosFace":
            return new cosine_margin_heads_1.CosFaceHead({ ...base, s: 30, m: 0.35 });
        default:
            return new cosine_margin_heads_1.ArcFaceHead({ ...base, s: 30, m: 0.5 });
    }
}
/** The open-set measures on a second unseen set, at the threshold chosen on the calibration pairs. */
function extraMeasures(net, set, pairs, threshold) {
    const features = (0, evaluate_1.embedSet)(net, set);
    const scored = scoreSet(features, set.labels, pairs);
    const angles = (0, angle_statistics_1.angleStatistics)({ features, labels: set.labels });
    return {
        accuracy: (0, threshold_1.accuracyAtThreshold)(scored, threshold).accuracy,
        auc: (0, roc_1.rocAuc)(scored),
        tar: (0, roc_1.tarAtFar)(scored, exports.CAPSTONE_FAR),
        intraAngle: angles.intraMean,
        interAngle: angles.interMean,
    };
}
/** Trains every loss and measures it; see the module comment. */
async function runCapstone(options = {}) {
    const fn = "runCapstone";
    (0, validation_1.checkOptions)(fn, options, ["set?", "seenDigits?", "unseenDigits?", "losses?", "embeddingSize?", "hidden?", "perDigit?", "testFraction?", "epochs?", "batchSize?", "learningRate?", "pairs?", "picturePerClass?", "seed?", "extraUnseen?", "onProgress?"]);
    const extraUnseen = options.extraUnseen === undefined ? undefined : (0, mnist_1.checkMnistSet)(fn, options.extraUnseen);
    const seenDigits = checkDigitList(fn, "seenDigits", options.seenDigits, [0, 1, 2, 3, 4, 5, 6, 7]);
    const unseenDigits = checkDigitList(fn, "unseenDigits", options.unseenDigits, [8, 9]);
    const overlap = seenDigits.filter((d) => unseenDigits.includes(d));
    if (overlap.length > 0)
        throw new validation_1.ValueError(fn, "unseenDigits", "digits not among seenDigits", (0, validation_1.describe)(overlap));
    const losses = options.losses ?? [...exports.CAPSTONE_LOSSES];
    if (!Array.isArray(losses) || losses.length === 0)
        throw new validation_1.InputTypeError(fn, "losses", "a non-empty array of loss names", (0, validation_1.describe)(losses));
    losses.forEach((l, i) => (0, validation_1.checkOneOf)(fn, `losses[${i}]`, l, exports.CAPSTONE_LOSSES));
    const d = (0, validation_1.checkInteger)(fn, "embeddingSize", options.embeddingSize ?? 3, { min: 2 });
    const hidden = options.hidden ?? [256, 128];
    const epochs = (0, validation_1.checkInteger)(fn, "epochs", options.epochs ?? 4, { min: 1 });
    const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 128, { min: 2 });
    const learningRate = (0, validation_1.checkRange)(fn, "learningRate", options.learningRate ?? 0.003, { min: 0, minOpen: true });
    const pairCount = (0, validation_1.checkInteger)(fn, "pairs", options.pairs ?? 2000, { min: 2 });
    const picturePerClass = (0, validation_1.checkInteger)(fn, "picturePerClass", options.picturePerClass ?? 40, { min: 1 });
    const seed = (0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0);
    const testFraction = (0, validation_1.checkRange)(fn, "testFraction", options.testFraction ?? 0.2, { min: 0, max: 1, minOpen: true, maxOpen: true });
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    // the seen digits split into training rows and held-out rows; the unseen digits all held out
    const set = options.set ?? (0, mnist_1.loadMnist)({ digits: [...seenDigits, ...unseenDigits] });
    const { train, test } = (0, mnist_1.splitMnist)(set, { digits: seenDigits, testFraction, perDigit: options.perDigit, seed });
    const unseen = (0, mnist_1.splitMnist)(set, { digits: unseenDigits, testFraction: 1, perDigit: options.perDigit, seed: seed + 1 }).test;
    // seen classes relabelled 0…C−1 for the heads (the identity for 0–7)
    const classOf = new Map(seenDigits.map((dgt, k) => [dgt, k]));
    const trainClasses = { ...train, labels: train.labels.map((l) => classOf.get(l)) };
    const C = seenDigits.length;
    const pairs = {
        calibration: pairSet(test.labels, pairCount, seed + 2),
        openSet: pairSet(unseen.labels, pairCount, seed + 3),
        extraOpenSet: extraUnseen ? pairSet(extraUnseen.labels, pairCount, seed + 4) : null,
    };
    const seenPicture = (0, evaluate_1.balancedRows)(test.labels, { perClass: picturePerClass, seed });
    const unseenPicture = (0, evaluate_1.balancedRows)(unseen.labels, { perClass: picturePerClass, seed });
    const stepsPerLoss = epochs * Math.ceil(train.count / batchSize);
    const rows = [];
    const features = [];
    for (const [index, loss] of losses.entries()) {
        const lossStart = seconds();
        const name = exports.CAPSTONE_NAMES[loss];
        const report = async (epoch, trainLoss, done = false) => {
            if (options.onProgress)
                await options.onProgress({ loss, name, index, total: losses.length, epoch, epochs, trainLoss, seconds: seconds(), done });
        };
        const net = new embedding_net_1.EmbeddingNet({ embeddingSize: d, hidden, seed });
        const embedding = EMBEDDING_LOSSES.includes(loss);
        let head = null;
        try {
            let closedSetAccuracy;
            let finalTrainLoss;
            let testFeatures;
            let finalLambda = NaN;
            if (embedding) {
                const run = await (0, train_embedding_1.trainEmbedding)({
                    net, train, probe: test, loss: loss, miner: "semiHard",
                    margin: loss === "contrastive" ? 1 : 0.2, epochs, batchSize, learningRate, seed, probeTriplets: 200, watchPerClass: 1,
                    onEpoch: (s) => report(s.epoch, s.loss),
                });
                finalTrainLoss = run.final.loss;
                testFeatures = (0, evaluate_1.embedSet)(net, test);
                closedSetAccuracy = (0, centroids_1.nearestCentroidAccuracy)({ train: { features: (0, evaluate_1.embedSet)(net, train), labels: train.labels }, test: { features: testFeatures, labels: test.labels } });
            }
            else {
                head = makeHead(loss, d, C, seed + 1);
                const run = await (0, train_head_1.trainHead)({ net, head, train: trainClasses, epochs, batchSize, learningRate, seed, onEpoch: (s) => report(s.epoch, s.loss) });
                finalTrainLoss = run.history.epochLoss[epochs - 1];
                finalLambda = run.final.lambda;
                const testClasses = { ...test, labels: test.labels.map((l) => classOf.get(l)) };
                const evaluation = (0, evaluate_1.evaluateHead)({ net, head, set: testClasses });
                closedSetAccuracy = evaluation.accuracy;
                testFeatures = evaluation.features;
            }
            const unseenFeatures = (0, evaluate_1.embedSet)(net, unseen);
            const calibration = scoreSet(testFeatures, test.labels, pairs.calibration);
            const openSet = scoreSet(unseenFeatures, unseen.labels, pairs.openSet);
            const fitted = (0, threshold_1.bestThreshold)(calibration);
            const seenAngles = (0, angle_statistics_1.angleStatistics)({ features: testFeatures, labels: test.labels });
            const extra = extraUnseen && pairs.extraOpenSet ? extraMeasures(net, extraUnseen, pairs.extraOpenSet, fitted.threshold) : null;
            const unseenAngles = (0, angle_statistics_1.angleStatistics)({ features: unseenFeatures, labels: unseen.labels });
            rows.push({
                loss,
                name,
                kind: embedding ? "embedding" : "classifier",
                settings: exports.CAPSTONE_SETTINGS[loss],
                closedSetMethod: embedding ? "nearest centroid (cosine)" : "head",
                closedSetAccuracy,
                threshold: fitted.threshold,
                calibrationAccuracy: fitted.accuracy,
                openSetAccuracy: (0, threshold_1.accuracyAtThreshold)(openSet, fitted.threshold).accuracy,
                openSetAuc: (0, roc_1.rocAuc)(openSet),
                openSetTar: (0, roc_1.tarAtFar)(openSet, exports.CAPSTONE_FAR),
                calibrationAuc: (0, roc_1.rocAuc)(calibration),
                intraAngle: seenAngles.intraMean,
                interAngle: seenAngles.interMean,
                unseenIntraAngle: unseenAngles.intraMean,
                unseenInterAngle: unseenAngles.interMean,
                extraOpenSetAccuracy: extra?.accuracy ?? NaN,
                extraOpenSetAuc: extra?.auc ?? NaN,
                extraOpenSetTar: extra?.tar ?? NaN,
                extraUnseenIntraAngle: extra?.intraAngle ?? NaN,
                extraUnseenInterAngle: extra?.interAngle ?? NaN,
                finalTrainLoss,
                finalLambda,
                steps: stepsPerLoss,
                seconds: seconds() - lossStart,
            });
            features.push({
                loss,
                name,
                seen: { features: seenPicture.map((r) => testFeatures[r]), labels: seenPicture.map((r) => test.labels[r]) },
                unseen: { features: unseenPicture.map((r) => unseenFeatures[r]), labels: unseenPicture.map((r) => unseen.labels[r]) },
                // head columns are classes 0…C−1: the row of seen digit seenDigits[k] is k
                weights: head ? (0, train_head_1.weightRows)(head) : null,
            });
            await report(epochs, finalTrainLoss, true);
        }
        finally {
            net.dispose();
            head?.dispose();
        }
    }
    return {
        rows,
        features,
        data: { train, test, unseen },
        pairs,
        budget: { epochs, batchSize, learningRate, trainImages: train.count, stepsPerLoss, embeddingSize: d, hidden: [...hidden] },
        seenDigits,
        unseenDigits,
        seconds: seconds(),
    };
}
exports.runCapstone = runCapstone;
//# sourceMappingURL=run_capstone.js.map