"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ASoftmaxHead = void 0;
/**
 * A-Softmax / SphereFace (Liu et al., "SphereFace: Deep Hypersphere Embedding for Face Recognition",
 * CVPR 2017): weights normalised, bias zero, so zⱼ = ‖x‖cos θⱼ, and the target becomes ‖x‖ψ(θ_y),
 * blended with ‖x‖cos θ_y by the annealed λ (see `AnnealedMarginHead`). With m = 1 it is the modified
 * softmax.
 *
 * Defaults: m = 4 and SphereFace's schedule (`SPHEREFACE_ANNEALING`: base 1000, gamma 0.12, power 1,
 * lambda_min 5, from its Caffe model `sphereface_model.prototxt`).
 */
const annealing_1 = require("../angular/annealing");
const margins_1 = require("../angular/margins");
const annealed_margin_head_1 = require("./annealed_margin_head");
class ASoftmaxHead extends annealed_margin_head_1.AnnealedMarginHead {
    constructor(options) {
        super("ASoftmaxHead", options, { m: margins_1.MARGIN_DEFAULTS.aSoftmax.m, annealing: annealing_1.SPHEREFACE_ANNEALING }, true);
    }
}
exports.ASoftmaxHead = ASoftmaxHead;
//# sourceMappingURL=a_softmax_head.js.map