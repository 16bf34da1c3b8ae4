export * from "./reduction";
export * from "./contrastive";
export * from "./triplet";
export {
  DEFAULT_REDUCTION,
  type ReductionOption,
  type LabelsAndPredictions,
  type LabelsAndLogits,
  type PredictionLossOptions,
  type LogitLossOptions,
} from "./inputs";
export { meanAbsoluteError, meanAbsoluteErrorGradient } from "./mean_absolute_error";
export {
  meanSquaredError,
  halfSquaredError,
  meanSquaredErrorGradient,
  halfSquaredErrorGradient,
  meanSquaredErrorWithLogitsGradient,
} from "./mean_squared_error";
export { huberLoss, huberLossGradient, type HuberOptions } from "./huber";
export {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  binaryCrossEntropyGradient,
  binaryCrossEntropyWithLogitsGradient,
  BCE_LOG_FLOOR,
  BCE_GRADIENT_EPSILON,
} from "./binary_cross_entropy";
export { softmaxCrossEntropy, softmaxCrossEntropyGradient } from "./softmax_cross_entropy";
export { multilabelCrossEntropy } from "./multilabel_cross_entropy";
export { sigmoidFocalLoss, softmaxFocalLoss, type SigmoidFocalOptions, type SoftmaxFocalOptions } from "./focal";
