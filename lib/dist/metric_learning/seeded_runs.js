"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trainSeeds = void 0;
const embedding_net_1 = require("../models/embedding_net");
const display_1 = require("../notebook/display");
const validation_1 = require("../validation");
const train_embedding_1 = require("./train_embedding");
const verify_1 = require("./verify");
/** Trains and verifies one fresh network per seed; see the module comment. */
async function trainSeeds(options) {
    const fn = "trainSeeds";
    (0, validation_1.checkOptions)(fn, options, ["seeds", "test", "train", "probe?", "loss", "miner?", "warmup?", "distance?", "margin?", "epochs?", "batchSize?", "learningRate?", "notesTriplets?", "watchPerClass?", "embeddingSize?", "hidden?", "name?", "progress?"]);
    if (!Array.isArray(options.seeds) || options.seeds.length === 0) {
        throw new validation_1.InputTypeError(fn, "seeds", "a non-empty array of integer seeds", (0, validation_1.describe)(options.seeds));
    }
    const seeds = options.seeds.map((s, i) => (0, validation_1.checkInteger)(fn, `seeds[${i}]`, s));
    const embeddingSize = (0, validation_1.checkInteger)(fn, "embeddingSize", options.embeddingSize ?? 2, { min: 1 });
    const { seeds: _seeds, test, embeddingSize: _d, hidden, name, progress, ...training } = options;
    const output = progress === false ? undefined : (0, display_1.live)();
    const runs = [];
    for (const [k, seed] of seeds.entries()) {
        const net = new embedding_net_1.EmbeddingNet({ embeddingSize, hidden, seed });
        try {
            const run = await (0, train_embedding_1.trainEmbedding)({ ...training, net, seed, output, name: `${name ?? options.loss} (seed ${seed}, ${k + 1} of ${seeds.length})` });
            const verification = (0, verify_1.verifyEmbedding)({ net, calibration: options.train, test, seed });
            const onTrain = (0, verify_1.verifyEmbedding)({ net, calibration: options.train, test: options.train, seed: seed + 100 });
            const calibrationPairs = {
                distances: [...onTrain.positive, ...onTrain.negative],
                different: [...onTrain.positive.map(() => 0), ...onTrain.negative.map(() => 1)],
            };
            runs.push({ seed, run, verification, calibrationPairs });
        }
        finally {
            net.dispose();
        }
    }
    return runs;
}
exports.trainSeeds = trainSeeds;
//# sourceMappingURL=seeded_runs.js.map