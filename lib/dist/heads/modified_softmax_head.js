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
exports.ModifiedSoftmaxHead = void 0;
/**
 * Modified softmax (introduced in the SphereFace paper): weights normalised, bias zero, so zⱼ = ‖x‖cos θⱼ and the
 * binary boundary is ‖x‖(cos θ₁ − cos θ₂) = 0, the angle bisector. No margin: the logits used in
 * training and for prediction are the same. Its training loss is A-Softmax's without the margin
 * (f(c) = c), so on the backends where the margin heads compute their loss on the host
 * (`formulationFor().marginLoss`) it does too, with `fusedMarginLoss`.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const head_1 = require("./head");
const fused_margin_loss_1 = require("./fused_margin_loss");
/** f(c) = c: no margin. */
const NO_MARGIN = { value: (c) => c, slope: () => 1 };
class ModifiedSoftmaxHead extends head_1.ClassificationHead {
    constructor(options) {
        super("ModifiedSoftmaxHead", options);
        /** How `loss` is computed, as for the margin heads (`MarginHead.marginLoss`). */
        this.marginLoss = undefined;
    }
    plainLogits(x) {
        return tf.matMul(x, this.unitWeights());
    }
    marginLogits(x) {
        return this.plainLogits(x);
    }
    lossPerSample(x, y) {
        if (!(0, fused_margin_loss_1.usesHostLoss)(this.marginLoss))
            return super.lossPerSample(x, y);
        return (0, fused_margin_loss_1.fusedMarginLoss)(x, this.weights, y.dataSync(), { scale: "featureNorm", weightNorm: false, target: NO_MARGIN });
    }
}
exports.ModifiedSoftmaxHead = ModifiedSoftmaxHead;
//# sourceMappingURL=modified_softmax_head.js.map