"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capstoneSeedsVerdict = exports.capstoneSeedsTableRows = exports.lambdaNote = exports.perSeed = exports.runCapstoneSeeds = void 0;
/**
 * The capstone over several seeds (lesson 09, `npm run capstone`): `runCapstone` once per seed (each
 * seed draws its own training rows, held-out rows, pairs, initial weights and batch order), then every
 * number as mean ± standard error over the seeds, and the verdicts worded by `compareMeasurements`
 * from those per-seed numbers, so the text cannot claim a difference the seeds do not support.
 */
const compare_1 = require("../analysis/compare");
const units_1 = require("../angular/units");
const validation_1 = require("../validation");
const run_capstone_1 = require("./run_capstone");
/** Runs the capstone once per seed; see the module comment. */
async function runCapstoneSeeds(options = {}) {
    const fn = "runCapstoneSeeds";
    (0, validation_1.checkOptions)(fn, options, ["set?", "seenDigits?", "unseenDigits?", "losses?", "embeddingSize?", "hidden?", "perDigit?", "testFraction?", "epochs?", "batchSize?", "learningRate?", "pairs?", "picturePerClass?", "seeds?", "extraUnseen?", "onProgress?"]);
    const seeds = options.seeds ?? [0, 1, 2, 3, 4];
    if (!Array.isArray(seeds) || seeds.length === 0)
        throw new validation_1.InputTypeError(fn, "seeds", "a non-empty array of integer seeds", (0, validation_1.describe)(seeds));
    seeds.forEach((s, i) => (0, validation_1.checkInteger)(fn, `seeds[${i}]`, s));
    const start = process.hrtime.bigint();
    const runs = [];
    for (const [seedIndex, seed] of seeds.entries()) {
        const onProgress = options.onProgress;
        runs.push(await (0, run_capstone_1.runCapstone)({
            set: options.set, seenDigits: options.seenDigits, unseenDigits: options.unseenDigits, losses: options.losses,
            embeddingSize: options.embeddingSize, hidden: options.hidden, perDigit: options.perDigit, testFraction: options.testFraction,
            epochs: options.epochs, batchSize: options.batchSize, learningRate: options.learningRate, pairs: options.pairs,
            picturePerClass: options.picturePerClass, seed: seed, extraUnseen: options.extraUnseen,
            onProgress: onProgress ? (p) => onProgress({ ...p, seed, seedIndex, seedCount: seeds.length }) : undefined,
        }));
    }
    return { seeds: [...seeds], runs, losses: runs[0].rows.map((r) => r.loss), seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
exports.runCapstoneSeeds = runCapstoneSeeds;
/** A number of every row of `loss`, one per seed. */
function perSeed(result, loss, value) {
    return result.runs.map((run) => {
        const row = run.rows.find((r) => r.loss === loss);
        if (!row)
            throw new validation_1.InputTypeError("perSeed", "loss", `one of the run's losses (${result.losses.join(", ")})`, (0, validation_1.describe)(loss));
        return value(row);
    });
}
exports.perSeed = perSeed;
const percent = (v) => 100 * v;
/** The λ a head ended at (the same for every seed: it depends on the step count only), and whether that is the paper's floor. */
function lambdaNote(result, loss) {
    const paper = run_capstone_1.PAPER_LAMBDA_MIN[loss];
    if (paper === undefined)
        return "—";
    const lambda = (0, compare_1.summarize)(perSeed(result, loss, (r) => r.finalLambda)).mean;
    const reached = lambda <= paper + 1e-9;
    const share = 100 / (1 + lambda);
    return `${Number(lambda.toPrecision(3))} (paper's λ_min ${paper}${reached ? ": reached" : `: not reached, ψ is ${Number(share.toPrecision(3))} % of the target`})`;
}
exports.lambdaNote = lambdaNote;
/** One row per loss, every measured number as mean ± s.e. over the seeds (for `table`, or Markdown). */
function capstoneSeedsTableRows(result) {
    const first = result.runs[0];
    const seen = first.seenDigits.join(", ");
    const unseen = first.unseenDigits.join(", ");
    const n = result.seeds.length;
    return result.losses.map((loss) => {
        const row = first.rows.find((r) => r.loss === loss);
        const m = (f, unit = "") => (0, compare_1.formatMeasurement)(perSeed(result, loss, f), { unit });
        return {
            loss: row.name,
            settings: row.settings,
            [`closed-set accuracy, held-out ${seen} (%)`]: m((r) => percent(r.closedSetAccuracy)),
            "closed-set by": row.closedSetMethod === "head" ? "the head" : "nearest centroid (cos)",
            [`open-set pair accuracy, digits ${unseen} (%)`]: m((r) => percent(r.openSetAccuracy)),
            [`open-set ROC AUC, digits ${unseen}`]: m((r) => r.openSetAuc),
            [`open-set TAR at FAR ${100 * run_capstone_1.CAPSTONE_FAR} % (%)`]: m((r) => percent(r.openSetTar)),
            "intra-class angle (°)": m((r) => (0, units_1.degrees)(r.intraAngle)),
            "inter-class angle (°)": m((r) => (0, units_1.degrees)(r.interAngle)),
            "final λ": lambdaNote(result, loss),
            [`training time per seed (s), ${n} seeds`]: m((r) => r.seconds),
        };
    });
}
exports.capstoneSeedsTableRows = capstoneSeedsTableRows;
/**
 * The answer to the notes' claim "softmax fails in open-set scenarios", over the seeds: softmax's
 * open-set AUC and pair accuracy against each margin loss's and the best loss's, every comparison worded
 * by `compareMeasurements`; the closed-set comparison; where the annealed heads' λ ended. Needs a
 * "softmax" row.
 */
function capstoneSeedsVerdict(result) {
    if (!result.losses.includes("softmax"))
        return "No softmax row in this run: the claim cannot be tested.";
    const n = result.seeds.length;
    const auc = (loss) => perSeed(result, loss, (r) => r.openSetAuc);
    const acc = (loss) => perSeed(result, loss, (r) => percent(r.openSetAccuracy));
    const closed = (loss) => perSeed(result, loss, (r) => percent(r.closedSetAccuracy));
    const name = (loss) => run_capstone_1.CAPSTONE_NAMES[loss];
    const others = result.losses.filter((l) => l !== "softmax");
    const digits = result.runs[0].unseenDigits;
    const unseen = digits.length > 1 ? `${digits.slice(0, -1).join(", ")} and ${digits[digits.length - 1]}` : `${digits[0]}`;
    const best = [...result.losses].sort((a, b) => (0, compare_1.summarize)(auc(b)).mean - (0, compare_1.summarize)(auc(a)).mean)[0];
    const parts = [];
    parts.push(`Over ${n} seeds, on the unseen digits ${unseen}: softmax's open-set ROC AUC is ${(0, compare_1.formatMeasurement)(auc("softmax"))} and its pair accuracy ` +
        `${(0, compare_1.formatMeasurement)(acc("softmax"), { unit: "%" })}; ` +
        (best === "softmax" ? "no loss has a higher mean AUC." : `the highest mean AUC is ${name(best)}'s, ${(0, compare_1.formatMeasurement)(auc(best))}.`));
    const versus = others.map((l) => ({ loss: l, c: (0, compare_1.compareMeasurements)(auc("softmax"), auc(l), { names: ["softmax", name(l)], higherIsBetter: true }) }));
    const ahead = versus.filter((v) => v.c.verdict === "b better").map((v) => name(v.loss));
    const behind = versus.filter((v) => v.c.verdict === "a better").map((v) => name(v.loss));
    parts.push(`Open-set AUC, softmax against every other loss: ${versus.map((v) => v.c.sentence).join("; ")}.`);
    parts.push(ahead.length === 0
        ? `No loss is ahead of softmax on the open set beyond the seed noise: in this experiment the claim that softmax fails in open-set scenarios is not supported.`
        : `${ahead.length} of the ${others.length} other losses ${ahead.length === 1 ? "is" : "are"} ahead of softmax beyond the noise (${ahead.join(", ")})` +
            `${behind.length ? `, ${behind.length} behind it (${behind.join(", ")})` : ""}: the claim holds in direction against ${ahead.length === 1 ? "that loss" : "those losses"}.`);
    const tar = (loss) => perSeed(result, loss, (r) => percent(r.openSetTar));
    const margins = others.filter((l) => ["lSoftmax", "aSoftmax", "cosFace", "arcFace"].includes(l));
    if (margins.length) {
        parts.push(`Open-set TAR at FAR ${100 * run_capstone_1.CAPSTONE_FAR} %, softmax against the margin losses: ` +
            `${margins.map((l) => (0, compare_1.compareMeasurements)(tar("softmax"), tar(l), { names: ["softmax", name(l)], unit: "%", higherIsBetter: true }).sentence).join("; ")}.`);
    }
    const closedVs = others.map((l) => (0, compare_1.compareMeasurements)(closed("softmax"), closed(l), { names: ["softmax", name(l)], unit: "%", higherIsBetter: true }));
    const closedDiffer = closedVs.filter((c) => c.beyondNoise).length;
    parts.push(`Closed-set accuracy: softmax differs beyond the noise from ${closedDiffer} of the ${others.length} other losses` +
        `${closedDiffer ? ` (${closedVs.filter((c) => c.beyondNoise).map((c) => c.sentence).join("; ")})` : ""}.`);
    const annealed = result.losses.filter((l) => run_capstone_1.PAPER_LAMBDA_MIN[l] !== undefined);
    if (annealed.length)
        parts.push(`Final λ of the annealed heads: ${annealed.map((l) => `${name(l)} ${lambdaNote(result, l)}`).join("; ")}.`);
    return parts.join(" ");
}
exports.capstoneSeedsVerdict = capstoneSeedsVerdict;
//# sourceMappingURL=seeds.js.map