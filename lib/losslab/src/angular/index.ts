/**
 * Angular geometry of the margin losses: safe norms, cosines and angles between
 * features and class weights, L-Softmax's ψ(θ), ArcFace's margin, the λ annealing of L-/A-Softmax,
 * the binary decision rules (a)–(e) and the target logit of every loss as a function of θ.
 */
export { l2Norm, l2Normalize, L2_EPSILON, type L2Options } from "./normalize";
export { safeAcos, ACOS_EPSILON } from "./safe_acos";
export { cosines, angles } from "./cosines";
export { psi, psiInterval, psiOfTheta, psiOfCos, psiSlopeOfCos, psiMarginTarget, chebyshevCos, psiPieces, type PsiPiece } from "./psi";
export { marginTargetOp, evaluateTarget, cosFaceMarginTarget, type MarginTarget } from "./margin_target";
export { arcFaceTarget, arcFaceTargetFromCos, arcFaceMarginTarget, arcFaceMonotoneLimit, type ArcFaceMarginOptions } from "./arcface_margin";
export { MARGIN_DEFAULTS, MAX_PSI_MARGIN } from "./margins";
export { degrees, radians } from "./units";
export { annealedLambda, SPHEREFACE_ANNEALING, LSOFTMAX_ANNEALING, SHORT_RUN_ANNEALING, SHORT_RUN_SPHEREFACE_ANNEALING, type AnnealingSchedule } from "./annealing";
export { targetLogit, MARGIN_LOSSES, type MarginLossName, type TargetLogitOptions } from "./target_logit";
export {
  aSoftmaxBoundaryAngle,
  aSoftmaxMargin,
  marginAlongLine,
  decisionRule,
  DECISION_RULES,
  type DecisionRule,
  type DecisionRuleId,
  type DecisionRuleOptions,
} from "./decision_boundaries";
export { cosFaceScaleLowerBound, normalizedSoftmaxMaxProbability } from "./scale_lower_bound";
export { combinedMarginTarget, combinedMarginFromCos, combinedMarginMonotoneLimit, type CombinedMarginOptions } from "./combined_margin";
