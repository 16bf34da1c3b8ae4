export * from "./reduction";
export * from "./contrastive";
export * from "./triplet";
export { centerLoss, updateCenters, type CenterLossOptions, type CenterUpdateOptions } from "./center_loss";
export { DEFAULT_REDUCTION, type ReductionOption, type LabelsAndPredictions, type LabelsAndLogits, type PredictionLossOptions, type LogitLossOptions, } from "./inputs";
export { meanAbsoluteError, meanAbsoluteErrorGradient } from "./mean_absolute_error";
export { meanSquaredError, halfSquaredError, meanSquaredErrorGradient, halfSquaredErrorGradient, meanSquaredErrorWithLogitsGradient, } from "./mean_squared_error";
export { huberLoss, huberLossGradient, type HuberOptions } from "./huber";
export { binaryCrossEntropy, binaryCrossEntropyWithLogits, binaryCrossEntropyGradient, binaryCrossEntropyWithLogitsGradient, BCE_LOG_FLOOR, BCE_GRADIENT_EPSILON, } from "./binary_cross_entropy";
export { softmaxCrossEntropy, softmaxCrossEntropyGradient } from "./softmax_cross_entropy";
export { multilabelCrossEntropy } from "./multilabel_cross_entropy";
export { sigmoidFocalLoss, softmaxFocalLoss, type SigmoidFocalOptions, type SoftmaxFocalOptions } from "./focal";
export { tfaContrastiveLoss, type TfaContrastiveLossOptions } from "./tfa_contrastive";
export { tfaTripletSemiHardLoss, tfaTripletHardLoss, TFA_DISTANCE_METRICS, type TfaDistanceMetric, type TfaTripletOptions } from "./tfa_triplet";
//# sourceMappingURL=index.d.ts.map