"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.combinedMarginMonotoneLimit = exports.combinedMarginFromCos = exports.combinedMarginTarget = exports.normalizedSoftmaxMaxProbability = exports.cosFaceScaleLowerBound = exports.DECISION_RULES = exports.decisionRule = exports.marginAlongLine = exports.aSoftmaxMargin = exports.aSoftmaxBoundaryAngle = exports.MARGIN_LOSSES = exports.targetLogit = exports.SHORT_RUN_SPHEREFACE_ANNEALING = exports.SHORT_RUN_ANNEALING = exports.LSOFTMAX_ANNEALING = exports.SPHEREFACE_ANNEALING = exports.annealedLambda = exports.radians = exports.degrees = exports.MAX_PSI_MARGIN = exports.MARGIN_DEFAULTS = exports.arcFaceMonotoneLimit = exports.arcFaceMarginTarget = exports.arcFaceTargetFromCos = exports.arcFaceTarget = exports.cosFaceMarginTarget = exports.evaluateTarget = exports.marginTargetOp = exports.psiPieces = exports.chebyshevCos = exports.psiMarginTarget = exports.psiSlopeOfCos = exports.psiOfCos = exports.psiOfTheta = exports.psiInterval = exports.psi = exports.angles = exports.cosines = exports.ACOS_EPSILON = exports.safeAcos = exports.L2_EPSILON = exports.l2Normalize = exports.l2Norm = void 0;
/**
 * Angular geometry of the margin losses (lessons 05–08): safe norms, cosines and angles between
 * features and class weights, L-Softmax's ψ(θ), ArcFace's margin, the λ annealing of L-/A-Softmax,
 * the binary decision rules (a)–(e) and the target logit of every loss as a function of θ.
 */
var normalize_1 = require("./normalize");
Object.defineProperty(exports, "l2Norm", { enumerable: true, get: function () { return normalize_1.l2Norm; } });
Object.defineProperty(exports, "l2Normalize", { enumerable: true, get: function () { return normalize_1.l2Normalize; } });
Object.defineProperty(exports, "L2_EPSILON", { enumerable: true, get: function () { return normalize_1.L2_EPSILON; } });
var safe_acos_1 = require("./safe_acos");
Object.defineProperty(exports, "safeAcos", { enumerable: true, get: function () { return safe_acos_1.safeAcos; } });
Object.defineProperty(exports, "ACOS_EPSILON", { enumerable: true, get: function () { return safe_acos_1.ACOS_EPSILON; } });
var cosines_1 = require("./cosines");
Object.defineProperty(exports, "cosines", { enumerable: true, get: function () { return cosines_1.cosines; } });
Object.defineProperty(exports, "angles", { enumerable: true, get: function () { return cosines_1.angles; } });
var psi_1 = require("./psi");
Object.defineProperty(exports, "psi", { enumerable: true, get: function () { return psi_1.psi; } });
Object.defineProperty(exports, "psiInterval", { enumerable: true, get: function () { return psi_1.psiInterval; } });
Object.defineProperty(exports, "psiOfTheta", { enumerable: true, get: function () { return psi_1.psiOfTheta; } });
Object.defineProperty(exports, "psiOfCos", { enumerable: true, get: function () { return psi_1.psiOfCos; } });
Object.defineProperty(exports, "psiSlopeOfCos", { enumerable: true, get: function () { return psi_1.psiSlopeOfCos; } });
Object.defineProperty(exports, "psiMarginTarget", { enumerable: true, get: function () { return psi_1.psiMarginTarget; } });
Object.defineProperty(exports, "chebyshevCos", { enumerable: true, get: function () { return psi_1.chebyshevCos; } });
Object.defineProperty(exports, "psiPieces", { enumerable: true, get: function () { return psi_1.psiPieces; } });
var margin_target_1 = require("./margin_target");
Object.defineProperty(exports, "marginTargetOp", { enumerable: true, get: function () { return margin_target_1.marginTargetOp; } });
Object.defineProperty(exports, "evaluateTarget", { enumerable: true, get: function () { return margin_target_1.evaluateTarget; } });
Object.defineProperty(exports, "cosFaceMarginTarget", { enumerable: true, get: function () { return margin_target_1.cosFaceMarginTarget; } });
var arcface_margin_1 = require("./arcface_margin");
Object.defineProperty(exports, "arcFaceTarget", { enumerable: true, get: function () { return arcface_margin_1.arcFaceTarget; } });
Object.defineProperty(exports, "arcFaceTargetFromCos", { enumerable: true, get: function () { return arcface_margin_1.arcFaceTargetFromCos; } });
Object.defineProperty(exports, "arcFaceMarginTarget", { enumerable: true, get: function () { return arcface_margin_1.arcFaceMarginTarget; } });
Object.defineProperty(exports, "arcFaceMonotoneLimit", { enumerable: true, get: function () { return arcface_margin_1.arcFaceMonotoneLimit; } });
var margins_1 = require("./margins");
Object.defineProperty(exports, "MARGIN_DEFAULTS", { enumerable: true, get: function () { return margins_1.MARGIN_DEFAULTS; } });
Object.defineProperty(exports, "MAX_PSI_MARGIN", { enumerable: true, get: function () { return margins_1.MAX_PSI_MARGIN; } });
var units_1 = require("./units");
Object.defineProperty(exports, "degrees", { enumerable: true, get: function () { return units_1.degrees; } });
Object.defineProperty(exports, "radians", { enumerable: true, get: function () { return units_1.radians; } });
var annealing_1 = require("./annealing");
Object.defineProperty(exports, "annealedLambda", { enumerable: true, get: function () { return annealing_1.annealedLambda; } });
Object.defineProperty(exports, "SPHEREFACE_ANNEALING", { enumerable: true, get: function () { return annealing_1.SPHEREFACE_ANNEALING; } });
Object.defineProperty(exports, "LSOFTMAX_ANNEALING", { enumerable: true, get: function () { return annealing_1.LSOFTMAX_ANNEALING; } });
Object.defineProperty(exports, "SHORT_RUN_ANNEALING", { enumerable: true, get: function () { return annealing_1.SHORT_RUN_ANNEALING; } });
Object.defineProperty(exports, "SHORT_RUN_SPHEREFACE_ANNEALING", { enumerable: true, get: function () { return annealing_1.SHORT_RUN_SPHEREFACE_ANNEALING; } });
var target_logit_1 = require("./target_logit");
Object.defineProperty(exports, "targetLogit", { enumerable: true, get: function () { return target_logit_1.targetLogit; } });
Object.defineProperty(exports, "MARGIN_LOSSES", { enumerable: true, get: function () { return target_logit_1.MARGIN_LOSSES; } });
var decision_boundaries_1 = require("./decision_boundaries");
Object.defineProperty(exports, "aSoftmaxBoundaryAngle", { enumerable: true, get: function () { return decision_boundaries_1.aSoftmaxBoundaryAngle; } });
Object.defineProperty(exports, "aSoftmaxMargin", { enumerable: true, get: function () { return decision_boundaries_1.aSoftmaxMargin; } });
Object.defineProperty(exports, "marginAlongLine", { enumerable: true, get: function () { return decision_boundaries_1.marginAlongLine; } });
Object.defineProperty(exports, "decisionRule", { enumerable: true, get: function () { return decision_boundaries_1.decisionRule; } });
Object.defineProperty(exports, "DECISION_RULES", { enumerable: true, get: function () { return decision_boundaries_1.DECISION_RULES; } });
var scale_lower_bound_1 = require("./scale_lower_bound");
Object.defineProperty(exports, "cosFaceScaleLowerBound", { enumerable: true, get: function () { return scale_lower_bound_1.cosFaceScaleLowerBound; } });
Object.defineProperty(exports, "normalizedSoftmaxMaxProbability", { enumerable: true, get: function () { return scale_lower_bound_1.normalizedSoftmaxMaxProbability; } });
var combined_margin_1 = require("./combined_margin");
Object.defineProperty(exports, "combinedMarginTarget", { enumerable: true, get: function () { return combined_margin_1.combinedMarginTarget; } });
Object.defineProperty(exports, "combinedMarginFromCos", { enumerable: true, get: function () { return combined_margin_1.combinedMarginFromCos; } });
Object.defineProperty(exports, "combinedMarginMonotoneLimit", { enumerable: true, get: function () { return combined_margin_1.combinedMarginMonotoneLimit; } });
//# sourceMappingURL=index.js.map