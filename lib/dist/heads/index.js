"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.marginLogits = exports.marginCrossEntropy = exports.MarginHead = exports.ArcFaceHead = exports.CosFaceHead = exports.ASoftmaxHead = exports.LSoftmaxHead = exports.AnnealedMarginHead = exports.ModifiedSoftmaxHead = exports.SoftmaxHead = exports.glorotUniform = exports.ClassificationHead = void 0;
/**
 * Classification heads (lessons 05–09): trainable last layers that turn features into logits for
 * softmax cross-entropy, each with its margin on the target class: softmax, modified softmax,
 * L-Softmax, A-Softmax (SphereFace), AM-Softmax / CosFace and ArcFace.
 */
var head_1 = require("./head");
Object.defineProperty(exports, "ClassificationHead", { enumerable: true, get: function () { return head_1.ClassificationHead; } });
Object.defineProperty(exports, "glorotUniform", { enumerable: true, get: function () { return head_1.glorotUniform; } });
var softmax_head_1 = require("./softmax_head");
Object.defineProperty(exports, "SoftmaxHead", { enumerable: true, get: function () { return softmax_head_1.SoftmaxHead; } });
var modified_softmax_head_1 = require("./modified_softmax_head");
Object.defineProperty(exports, "ModifiedSoftmaxHead", { enumerable: true, get: function () { return modified_softmax_head_1.ModifiedSoftmaxHead; } });
var annealed_margin_head_1 = require("./annealed_margin_head");
Object.defineProperty(exports, "AnnealedMarginHead", { enumerable: true, get: function () { return annealed_margin_head_1.AnnealedMarginHead; } });
var l_softmax_head_1 = require("./l_softmax_head");
Object.defineProperty(exports, "LSoftmaxHead", { enumerable: true, get: function () { return l_softmax_head_1.LSoftmaxHead; } });
var a_softmax_head_1 = require("./a_softmax_head");
Object.defineProperty(exports, "ASoftmaxHead", { enumerable: true, get: function () { return a_softmax_head_1.ASoftmaxHead; } });
var cosine_margin_heads_1 = require("./cosine_margin_heads");
Object.defineProperty(exports, "CosFaceHead", { enumerable: true, get: function () { return cosine_margin_heads_1.CosFaceHead; } });
Object.defineProperty(exports, "ArcFaceHead", { enumerable: true, get: function () { return cosine_margin_heads_1.ArcFaceHead; } });
var margin_head_1 = require("./margin_head");
Object.defineProperty(exports, "MarginHead", { enumerable: true, get: function () { return margin_head_1.MarginHead; } });
var margin_cross_entropy_1 = require("./margin_cross_entropy");
Object.defineProperty(exports, "marginCrossEntropy", { enumerable: true, get: function () { return margin_cross_entropy_1.marginCrossEntropy; } });
Object.defineProperty(exports, "marginLogits", { enumerable: true, get: function () { return margin_cross_entropy_1.marginLogits; } });
//# sourceMappingURL=index.js.map