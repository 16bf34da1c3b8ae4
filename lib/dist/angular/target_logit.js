"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.targetLogit = exports.MARGIN_LOSSES = void 0;
/**
 * The logit of the true class as a function of its angle θ, for every loss of the course: the curves
 * that show how each margin makes the target harder to reach (lessons 06–08). Plain numbers, for plots.
 *
 * | loss | target logit f(θ) | options used |
 * |---|---|---|
 * | "softmax" | ‖W‖‖x‖cos θ + b | wNorm, xNorm, bias |
 * | "modifiedSoftmax" | ‖x‖cos θ (‖W‖ = 1, b = 0) | xNorm |
 * | "lSoftmax" | ‖W‖‖x‖(λ cos θ + ψ(θ)) / (1 + λ) | wNorm, xNorm, m, lambda |
 * | "aSoftmax" | ‖x‖(λ cos θ + ψ(θ)) / (1 + λ) | xNorm, m, lambda |
 * | "cosFace" | s(cos θ − m) | s, m |
 * | "arcFace" | s·cos(θ + m), fallback s(cos θ − m·sin m) when θ + m ≥ π | s, m, easyMargin |
 *
 * λ = 0 (the default) is the pure margin the papers' formulas state; training anneals λ from 1000
 * down (see `annealedLambda`). Options a loss does not use are ignored, so one options object can
 * drive every curve of a figure.
 */
const validation_1 = require("../validation");
const arcface_margin_1 = require("./arcface_margin");
const margins_1 = require("./margins");
const psi_1 = require("./psi");
exports.MARGIN_LOSSES = ["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace"];
/** The target logit f(θ) of `loss` (see the table above). */
function targetLogit(options) {
    const fn = "targetLogit";
    (0, validation_1.checkOptions)(fn, options, ["loss", "theta", "xNorm?", "wNorm?", "bias?", "m?", "lambda?", "s?", "easyMargin?"]);
    const loss = (0, validation_1.checkOneOf)(fn, "loss", options.loss, exports.MARGIN_LOSSES);
    const theta = (0, validation_1.checkAngle)(fn, "theta", options.theta);
    const xNorm = (0, validation_1.checkRange)(fn, "xNorm", options.xNorm ?? 1, { min: 0 });
    const wNorm = (0, validation_1.checkRange)(fn, "wNorm", options.wNorm ?? 1, { min: 0 });
    const annealed = (m) => {
        const lambda = (0, validation_1.checkRange)(fn, "lambda", options.lambda ?? 0, { min: 0 });
        return (lambda * Math.cos(theta) + (0, psi_1.psi)(theta, (0, margins_1.checkAngularMargin)(fn, m))) / (1 + lambda);
    };
    switch (loss) {
        case "softmax":
            return wNorm * xNorm * Math.cos(theta) + (0, validation_1.checkNumber)(fn, "bias", options.bias ?? 0);
        case "modifiedSoftmax":
            return xNorm * Math.cos(theta);
        case "lSoftmax":
            return wNorm * xNorm * annealed(options.m ?? margins_1.MARGIN_DEFAULTS.lSoftmax.m);
        case "aSoftmax":
            return xNorm * annealed(options.m ?? margins_1.MARGIN_DEFAULTS.aSoftmax.m);
        case "cosFace":
            return (0, margins_1.checkScale)(fn, options.s ?? margins_1.MARGIN_DEFAULTS.cosFace.s) * (Math.cos(theta) - (0, margins_1.checkCosineMargin)(fn, options.m ?? margins_1.MARGIN_DEFAULTS.cosFace.m));
        case "arcFace":
            return ((0, margins_1.checkScale)(fn, options.s ?? margins_1.MARGIN_DEFAULTS.arcFace.s) *
                (0, arcface_margin_1.arcFaceTarget)(theta, { m: (0, margins_1.checkAdditiveAngularMargin)(fn, options.m ?? margins_1.MARGIN_DEFAULTS.arcFace.m), easyMargin: options.easyMargin }));
    }
}
exports.targetLogit = targetLogit;
//# sourceMappingURL=target_logit.js.map