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
exports.ArcFaceHead = exports.CosFaceHead = void 0;
/**
 * The heads on the unit hypersphere: features and weights both normalised, the feature norm fixed
 * to s, so every logit is s·cos θⱼ and the margin acts on the target cosine alone.
 *
 * - AM-Softmax / CosFace (Wang et al., "Additive Margin Softmax", 2018; "CosFace", CVPR 2018):
 *   z_y = s(cos θ_y − m). Defaults s = 64, m = 0.35 (CosFace's; AM-Softmax used s = 30).
 * - ArcFace (Deng et al., CVPR 2019): z_y = s·cos(θ_y + m), with insightface's fallback
 *   s(cos θ_y − m·sin m) where θ_y + m ≥ π, or the easy margin (see `arcFaceTargetFromCos`).
 *   Defaults s = 64, m = 0.5.
 *
 * With m = 0 both are the normalised softmax scaled by s. Prediction uses s·cos θⱼ.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const arcface_margin_1 = require("../angular/arcface_margin");
const margin_target_1 = require("../angular/margin_target");
const margins_1 = require("../angular/margins");
const validation_1 = require("../validation");
const head_1 = require("./head");
const COSFACE_OPTIONS = ["s?", "m?"];
const ARCFACE_OPTIONS = ["s?", "m?", "easyMargin?"];
const margin_head_1 = require("./margin_head");
class CosineMarginHead extends margin_head_1.MarginHead {
    constructor(name, options, names, defaults, checkMargin, 
    /** Checks the subclass's own options (ArcFace's easyMargin) before the variable exists. */
    checkOwn = () => { }) {
        // every option is checked before the base class creates the weights variable
        (0, head_1.checkHeadOptions)(name, options, names);
        const s = (0, margins_1.checkScale)(name, options.s ?? defaults.s);
        const m = checkMargin(name, options.m ?? defaults.m);
        checkOwn(options);
        super(name, options, names);
        this.s = s;
        this.m = m;
    }
    plainLogits(x) {
        return tf.mul(this.cosineMatrix(x), this.s);
    }
    marginForm(x) {
        return { cos: this.cosineMatrix(x), norm: this.s, target: this.target };
    }
    fusedForm() {
        return { scale: this.s, weightNorm: false, target: this.target };
    }
}
class CosFaceHead extends CosineMarginHead {
    constructor(options) {
        super("CosFaceHead", options, COSFACE_OPTIONS, margins_1.MARGIN_DEFAULTS.cosFace, margins_1.checkCosineMargin);
        this.target = (0, margin_target_1.cosFaceMarginTarget)(this.m);
    }
}
exports.CosFaceHead = CosFaceHead;
class ArcFaceHead extends CosineMarginHead {
    constructor(options) {
        super("ArcFaceHead", options, ARCFACE_OPTIONS, margins_1.MARGIN_DEFAULTS.arcFace, margins_1.checkAdditiveAngularMargin, (o) => (0, validation_1.checkBoolean)("ArcFaceHead", "easyMargin", o.easyMargin ?? margins_1.MARGIN_DEFAULTS.arcFace.easyMargin));
        this.easyMargin = (0, validation_1.checkBoolean)(this.name, "easyMargin", options.easyMargin ?? margins_1.MARGIN_DEFAULTS.arcFace.easyMargin);
        this.target = (0, arcface_margin_1.arcFaceMarginTarget)({ m: this.m, easyMargin: this.easyMargin });
    }
}
exports.ArcFaceHead = ArcFaceHead;
//# sourceMappingURL=cosine_margin_heads.js.map