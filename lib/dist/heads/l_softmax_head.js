"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LSoftmaxHead = void 0;
/**
 * L-Softmax (Liu et al., "Large-Margin Softmax Loss for Convolutional Neural Networks", ICML 2016):
 * weights keep their norms, no bias; the target logit ‖w_y‖‖x‖cos θ_y becomes ‖w_y‖‖x‖ψ(θ_y), blended
 * with the plain one by the annealed λ (see `AnnealedMarginHead`).
 *
 * Defaults: m = 4 and the λ schedule of the authors' MNIST model (`LSOFTMAX_ANNEALING`: base 1000,
 * gamma 0.000025, power 35, lambda_min 0), since MNIST is this course's data set. That schedule keeps
 * λ near 1000 for the first thousand steps, so short runs should pass a faster one (for example
 * `SPHEREFACE_ANNEALING`). For prediction the authors' test layer uses the plain inner product
 * (type SINGLE), which is what `scores` returns.
 */
const annealing_1 = require("../angular/annealing");
const margins_1 = require("../angular/margins");
const annealed_margin_head_1 = require("./annealed_margin_head");
class LSoftmaxHead extends annealed_margin_head_1.AnnealedMarginHead {
    constructor(options) {
        super("LSoftmaxHead", options, { m: margins_1.MARGIN_DEFAULTS.lSoftmax.m, annealing: annealing_1.LSOFTMAX_ANNEALING }, false);
    }
}
exports.LSoftmaxHead = LSoftmaxHead;
//# sourceMappingURL=l_softmax_head.js.map