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
exports.wellClassifiedLossShare = void 0;
/**
 * Where a classifier's loss comes from. Focal loss's argument (Lin et al. 2017) is that under
 * cross-entropy the many well-classified ("easy") examples, each with a small loss, add up to most of
 * the total and drown the few hard ones; the factor (1 − p_t)^γ takes their share away. This measures
 * that share for a model, under the sigmoid focal loss with any γ (γ = 0: cross-entropy).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const focal_1 = require("../losses/focal");
const validation_1 = require("../validation");
const logistic_regression_1 = require("./logistic_regression");
/** The share of the total (sum) loss that comes from well-classified points (p_t > threshold, default 0.5). */
function wellClassifiedLossShare(data, model, opts) {
    const fn = "wellClassifiedLossShare";
    (0, validation_1.checkOptions)(fn, opts, ["gamma", "alpha?", "threshold?"]);
    const threshold = (0, validation_1.checkRange)(fn, "threshold", opts.threshold ?? 0.5, { min: 0, max: 1 });
    const z = (0, logistic_regression_1.logisticLogits)(model, data.x);
    const losses = tf.tidy(() => Array.from((0, focal_1.sigmoidFocalLoss)({ labels: data.y, logits: z, gamma: opts.gamma, alpha: opts.alpha, reduction: "none" }).dataSync()));
    const probabilities = tf.tidy(() => Array.from(tf.sigmoid(z).dataSync()));
    const easy = data.y.map((t, i) => (t === 1 ? probabilities[i] : 1 - probabilities[i]) > threshold);
    const total = losses.reduce((s, v) => s + v, 0);
    const fromEasy = losses.reduce((s, v, i) => s + (easy[i] ? v : 0), 0);
    return { wellClassified: easy.filter(Boolean).length, share: total > 0 ? fromEasy / total : 0, total };
}
exports.wellClassifiedLossShare = wellClassifiedLossShare;
//# sourceMappingURL=loss_shares.js.map