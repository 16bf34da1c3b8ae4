"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compareMiners = exports.minerRow = void 0;
const embedding_net_1 = require("../models/embedding_net");
const display_1 = require("../notebook/display");
const validation_1 = require("../validation");
const train_embedding_1 = require("./train_embedding");
const verify_1 = require("./verify");
/** A row of the comparison table. */
function minerRow(r) {
    const s = r.run.final;
    const mean = r.run.used.reduce((a, b) => a + b, 0) / Math.max(1, r.run.used.length);
    return {
        mining: r.run.name.replace(/^triplet · /, ""),
        "triplets per batch": Math.round(mean),
        "test ROC AUC": r.verification.auc,
        "test accuracy at t": r.verification.accuracy,
        "spread of the embeddings": s.spread,
        [`semi-hard / hard of ${s.triplets}`]: `${s.semiHard} / ${s.hard}`,
        seconds: r.run.seconds,
    };
}
exports.minerRow = minerRow;
/** Trains one fresh network per miner setting and verifies each; see the module comment. */
async function compareMiners(options) {
    const fn = "compareMiners";
    (0, validation_1.checkOptions)(fn, options, ["miners", "test", "train", "probe?", "margin?", "epochs?", "batchSize?", "learningRate?", "seed?", "notesTriplets?", "watchPerClass?", "netSeed?", "embeddingSize?", "hidden?", "progress?"]);
    if (!Array.isArray(options.miners) || options.miners.length === 0) {
        throw new validation_1.InputTypeError(fn, "miners", "a non-empty array of miners or { miner, warmup }", (0, validation_1.describe)(options.miners));
    }
    const netSeed = (0, validation_1.checkInteger)(fn, "netSeed", options.netSeed ?? 0);
    const embeddingSize = (0, validation_1.checkInteger)(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
    const settings = options.miners.map((m) => (typeof m === "string" ? { miner: m } : m));
    const output = options.progress === false ? undefined : (0, display_1.live)();
    const results = [];
    for (const [k, setting] of settings.entries()) {
        const net = new embedding_net_1.EmbeddingNet({ embeddingSize, hidden: options.hidden, seed: netSeed });
        try {
            const name = setting.name ?? (0, train_embedding_1.embeddingRunName)({ loss: "triplet", ...setting });
            const run = await (0, train_embedding_1.trainEmbedding)({
                net,
                train: options.train,
                probe: options.probe,
                loss: "triplet",
                miner: setting.miner,
                warmup: setting.warmup,
                distance: setting.distance,
                margin: options.margin,
                epochs: options.epochs,
                batchSize: options.batchSize,
                learningRate: options.learningRate,
                seed: options.seed,
                notesTriplets: options.notesTriplets,
                watchPerClass: options.watchPerClass,
                name: `${name} (run ${k + 1} of ${settings.length})`,
                output,
            });
            run.name = name;
            results.push({ setting, run, verification: (0, verify_1.verifyEmbedding)({ net, calibration: options.train, test: options.test, seed: options.seed }) });
        }
        finally {
            net.dispose();
        }
    }
    return results;
}
exports.compareMiners = compareMiners;
//# sourceMappingURL=compare_miners.js.map