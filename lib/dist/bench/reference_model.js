"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceModel = exports.REFERENCE_HEADS = void 0;
/**
 * The course's reference model, defined once: the MNIST feature network of the margin lessons
 * (784-256-128-d, ReLU, fast dense layers) with a classification head on its d-dimensional features.
 * The benchmark trains it, the capstone and the lessons build the same pieces. Any of the six heads
 * of lessons 05–08 can sit on it, so the benchmark can say what each margin adds to a softmax step.
 */
const embedding_net_1 = require("../models/embedding_net");
const softmax_head_1 = require("../heads/softmax_head");
const modified_softmax_head_1 = require("../heads/modified_softmax_head");
const l_softmax_head_1 = require("../heads/l_softmax_head");
const a_softmax_head_1 = require("../heads/a_softmax_head");
const cosine_margin_heads_1 = require("../heads/cosine_margin_heads");
const validation_1 = require("../validation");
/** The heads, softmax first (the baseline the margins are compared with). */
exports.REFERENCE_HEADS = ["softmax", "modified", "lsoftmax", "asoftmax", "cosface", "arcface"];
/**
 * Each head with settings that train 2-D features (a smaller scale and margin than the papers' for
 * 512-D faces): s = 16 with CosFace m = 0.2 and ArcFace m = 0.3; L-/A-Softmax m = 4 with their
 * authors' λ schedules. The speed of a step does not depend on these values.
 */
const HEADS = {
    softmax: (base) => new softmax_head_1.SoftmaxHead(base),
    modified: (base) => new modified_softmax_head_1.ModifiedSoftmaxHead(base),
    lsoftmax: (base) => new l_softmax_head_1.LSoftmaxHead({ ...base, m: 4 }),
    asoftmax: (base) => new a_softmax_head_1.ASoftmaxHead({ ...base, m: 4 }),
    cosface: (base) => new cosine_margin_heads_1.CosFaceHead({ ...base, s: 16, m: 0.2 }),
    arcface: (base) => new cosine_margin_heads_1.ArcFaceHead({ ...base, s: 16, m: 0.3 }),
};
/** Builds the reference network and head, seeded. */
function referenceModel(options) {
    const fn = "referenceModel";
    (0, validation_1.checkOptions)(fn, options, ["head", "featureSize?", "classes?", "seed?", "dense?"]);
    const head = (0, validation_1.checkOneOf)(fn, "head", options.head, exports.REFERENCE_HEADS);
    const d = (0, validation_1.checkInteger)(fn, "featureSize", options.featureSize ?? 2, { min: 1 });
    const classes = (0, validation_1.checkInteger)(fn, "classes", options.classes ?? 10, { min: 2 });
    const seed = (0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0);
    if (options.dense !== undefined)
        (0, validation_1.checkOneOf)(fn, "dense", options.dense, ["explicitTranspose", "transposeFlags"]);
    const net = new embedding_net_1.EmbeddingNet({ inputSize: 784, hidden: [256, 128], embeddingSize: d, seed, dense: options.dense });
    const h = HEADS[head]({ inputDim: d, numClasses: classes, seed: seed + 1 });
    return { net, head: h, dispose: () => (net.dispose(), h.dispose()) };
}
exports.referenceModel = referenceModel;
//# sourceMappingURL=reference_model.js.map