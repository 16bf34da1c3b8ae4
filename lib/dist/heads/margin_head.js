"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MarginHead = void 0;
const head_1 = require("./head");
const fused_margin_loss_1 = require("./fused_margin_loss");
const margin_cross_entropy_1 = require("./margin_cross_entropy");
class MarginHead extends head_1.ClassificationHead {
    constructor() {
        super(...arguments);
        /**
         * How `loss` computes the margin loss: "host" (`fusedMarginLoss`) or "tensor" (`marginCrossEntropy`
         * of the cosine op). Unset: the active backend's choice (`formulationFor().marginLoss`).
         */
        this.marginLoss = undefined;
    }
    marginLogits(x, oneHot) {
        const { cos, norm, target } = this.marginForm(x);
        return (0, margin_cross_entropy_1.headMarginLogits)(cos, oneHot, target, norm);
    }
    lossPerSample(x, y) {
        if ((0, fused_margin_loss_1.usesHostLoss)(this.marginLoss))
            return (0, fused_margin_loss_1.fusedMarginLoss)(x, this.weights, y.dataSync(), this.fusedForm());
        const { cos, norm, target } = this.marginForm(x);
        return (0, margin_cross_entropy_1.headMarginCrossEntropy)(cos, this.oneHotOf(y), target, norm);
    }
}
exports.MarginHead = MarginHead;
//# sourceMappingURL=margin_head.js.map