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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TFA_DISTANCE_METRICS = exports.tfaTripletHardLoss = exports.tfaTripletSemiHardLoss = exports.tfaContrastiveLoss = exports.softmaxFocalLoss = exports.sigmoidFocalLoss = exports.multilabelCrossEntropy = exports.softmaxCrossEntropyGradient = exports.softmaxCrossEntropy = exports.BCE_GRADIENT_EPSILON = exports.BCE_LOG_FLOOR = exports.binaryCrossEntropyWithLogitsGradient = exports.binaryCrossEntropyGradient = exports.binaryCrossEntropyWithLogits = exports.binaryCrossEntropy = exports.huberLossGradient = exports.huberLoss = exports.meanSquaredErrorWithLogitsGradient = exports.halfSquaredErrorGradient = exports.meanSquaredErrorGradient = exports.halfSquaredError = exports.meanSquaredError = exports.meanAbsoluteErrorGradient = exports.meanAbsoluteError = exports.DEFAULT_REDUCTION = exports.updateCenters = exports.centerLoss = void 0;
__exportStar(require("./reduction"), exports);
__exportStar(require("./contrastive"), exports);
__exportStar(require("./triplet"), exports);
var center_loss_1 = require("./center_loss");
Object.defineProperty(exports, "centerLoss", { enumerable: true, get: function () { return center_loss_1.centerLoss; } });
Object.defineProperty(exports, "updateCenters", { enumerable: true, get: function () { return center_loss_1.updateCenters; } });
var inputs_1 = require("./inputs");
Object.defineProperty(exports, "DEFAULT_REDUCTION", { enumerable: true, get: function () { return inputs_1.DEFAULT_REDUCTION; } });
var mean_absolute_error_1 = require("./mean_absolute_error");
Object.defineProperty(exports, "meanAbsoluteError", { enumerable: true, get: function () { return mean_absolute_error_1.meanAbsoluteError; } });
Object.defineProperty(exports, "meanAbsoluteErrorGradient", { enumerable: true, get: function () { return mean_absolute_error_1.meanAbsoluteErrorGradient; } });
var mean_squared_error_1 = require("./mean_squared_error");
Object.defineProperty(exports, "meanSquaredError", { enumerable: true, get: function () { return mean_squared_error_1.meanSquaredError; } });
Object.defineProperty(exports, "halfSquaredError", { enumerable: true, get: function () { return mean_squared_error_1.halfSquaredError; } });
Object.defineProperty(exports, "meanSquaredErrorGradient", { enumerable: true, get: function () { return mean_squared_error_1.meanSquaredErrorGradient; } });
Object.defineProperty(exports, "halfSquaredErrorGradient", { enumerable: true, get: function () { return mean_squared_error_1.halfSquaredErrorGradient; } });
Object.defineProperty(exports, "meanSquaredErrorWithLogitsGradient", { enumerable: true, get: function () { return mean_squared_error_1.meanSquaredErrorWithLogitsGradient; } });
var huber_1 = require("./huber");
Object.defineProperty(exports, "huberLoss", { enumerable: true, get: function () { return huber_1.huberLoss; } });
Object.defineProperty(exports, "huberLossGradient", { enumerable: true, get: function () { return huber_1.huberLossGradient; } });
var binary_cross_entropy_1 = require("./binary_cross_entropy");
Object.defineProperty(exports, "binaryCrossEntropy", { enumerable: true, get: function () { return binary_cross_entropy_1.binaryCrossEntropy; } });
Object.defineProperty(exports, "binaryCrossEntropyWithLogits", { enumerable: true, get: function () { return binary_cross_entropy_1.binaryCrossEntropyWithLogits; } });
Object.defineProperty(exports, "binaryCrossEntropyGradient", { enumerable: true, get: function () { return binary_cross_entropy_1.binaryCrossEntropyGradient; } });
Object.defineProperty(exports, "binaryCrossEntropyWithLogitsGradient", { enumerable: true, get: function () { return binary_cross_entropy_1.binaryCrossEntropyWithLogitsGradient; } });
Object.defineProperty(exports, "BCE_LOG_FLOOR", { enumerable: true, get: function () { return binary_cross_entropy_1.BCE_LOG_FLOOR; } });
Object.defineProperty(exports, "BCE_GRADIENT_EPSILON", { enumerable: true, get: function () { return binary_cross_entropy_1.BCE_GRADIENT_EPSILON; } });
var softmax_cross_entropy_1 = require("./softmax_cross_entropy");
Object.defineProperty(exports, "softmaxCrossEntropy", { enumerable: true, get: function () { return softmax_cross_entropy_1.softmaxCrossEntropy; } });
Object.defineProperty(exports, "softmaxCrossEntropyGradient", { enumerable: true, get: function () { return softmax_cross_entropy_1.softmaxCrossEntropyGradient; } });
var multilabel_cross_entropy_1 = require("./multilabel_cross_entropy");
Object.defineProperty(exports, "multilabelCrossEntropy", { enumerable: true, get: function () { return multilabel_cross_entropy_1.multilabelCrossEntropy; } });
var focal_1 = require("./focal");
Object.defineProperty(exports, "sigmoidFocalLoss", { enumerable: true, get: function () { return focal_1.sigmoidFocalLoss; } });
Object.defineProperty(exports, "softmaxFocalLoss", { enumerable: true, get: function () { return focal_1.softmaxFocalLoss; } });
var tfa_contrastive_1 = require("./tfa_contrastive");
Object.defineProperty(exports, "tfaContrastiveLoss", { enumerable: true, get: function () { return tfa_contrastive_1.tfaContrastiveLoss; } });
var tfa_triplet_1 = require("./tfa_triplet");
Object.defineProperty(exports, "tfaTripletSemiHardLoss", { enumerable: true, get: function () { return tfa_triplet_1.tfaTripletSemiHardLoss; } });
Object.defineProperty(exports, "tfaTripletHardLoss", { enumerable: true, get: function () { return tfa_triplet_1.tfaTripletHardLoss; } });
Object.defineProperty(exports, "TFA_DISTANCE_METRICS", { enumerable: true, get: function () { return tfa_triplet_1.TFA_DISTANCE_METRICS; } });
//# sourceMappingURL=index.js.map