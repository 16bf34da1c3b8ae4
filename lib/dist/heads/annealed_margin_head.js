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
exports.AnnealedMarginHead = void 0;
/**
 * L-Softmax and A-Softmax as their authors trained them: the target logit uses ψ(θ) (see `psiOfCos`),
 * blended with the plain logit by a λ that decays during training,
 *
 *   z_y = ‖w_y‖‖x‖ (λ cos θ_y + ψ(θ_y)) / (1 + λ),   zⱼ = wⱼ·x for j ≠ y,
 *   λ = max(λ_min, base·(1 + γ·iteration)^(−power))           (see `annealedLambda`),
 *
 * with ‖w‖ = 1 when the weights are normalised (A-Softmax). `iteration` starts at the `iteration`
 * option (default 0) and `step()` adds one; set `iteration` or pass `annealing` to change the
 * schedule, e.g. `annealing: { base: 0, lambdaMin: 0 }` for the pure ψ target.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const annealing_1 = require("../angular/annealing");
const margins_1 = require("../angular/margins");
const normalize_1 = require("../angular/normalize");
const psi_1 = require("../angular/psi");
const head_1 = require("./head");
const ANNEALED_OPTIONS = ["m?", "annealing?", "iteration?"];
const SCHEDULE_FIELDS = ["base?", "gamma?", "power?", "lambdaMin?"];
const margin_head_1 = require("./margin_head");
class AnnealedMarginHead extends margin_head_1.MarginHead {
    constructor(name, options, defaults, 
    /** A-Softmax normalises the weights; L-Softmax does not. */
    normalizeWeights) {
        // every option is checked before the base class creates the weights variable
        (0, head_1.checkHeadOptions)(name, options, ANNEALED_OPTIONS);
        const m = (0, margins_1.checkAngularMargin)(name, options.m ?? defaults.m);
        const annealing = { ...defaults.annealing, ...((0, validation_1.checkOptionalOptions)(name, options.annealing, SCHEDULE_FIELDS, "annealing") ?? {}) };
        const schedule = Object.freeze((0, annealing_1.checkAnnealingSchedule)(name, annealing));
        const iteration = (0, validation_1.checkInteger)(name, "iteration", options.iteration ?? 0, { min: 0 });
        super(name, options, ANNEALED_OPTIONS);
        this.normalizeWeights = normalizeWeights;
        this.m = m;
        this.annealing = schedule;
        this.iterationCount = iteration;
    }
    /** Training steps counted so far (`step()` adds one). */
    get iteration() {
        return this.iterationCount;
    }
    set iteration(value) {
        this.iterationCount = (0, validation_1.checkInteger)(this.name, "iteration", value, { min: 0 });
    }
    /** The current λ of the schedule. */
    get lambda() {
        return (0, annealing_1.annealedLambda)({ iteration: this.iterationCount, ...this.annealing });
    }
    step() {
        this.iterationCount += 1;
    }
    plainLogits(x) {
        return tf.matMul(x, this.normalizeWeights ? this.unitWeights() : this.weights);
    }
    marginForm(x) {
        // N = ‖x‖ [B, 1], times ‖wⱼ‖ [1, C] when the weights keep their norms (an outer product by
        // matMul rather than a broadcast: TF.js cannot take the gradient of a broadcast over an empty batch)
        const xNorm = (0, normalize_1.normsOf)(x, -1, true);
        const norm = this.normalizeWeights ? xNorm : tf.matMul(xNorm, (0, normalize_1.normsOf)(this.weights, 0, true));
        return { cos: this.cosineMatrix(x), norm, target: (0, psi_1.psiMarginTarget)(this.m, this.lambda) };
    }
    fusedForm() {
        return { scale: "featureNorm", weightNorm: !this.normalizeWeights, target: (0, psi_1.psiMarginTarget)(this.m, this.lambda) };
    }
}
exports.AnnealedMarginHead = AnnealedMarginHead;
//# sourceMappingURL=annealed_margin_head.js.map