/**
 * Training glue for the lessons with a classification head (05–09): train a feature network and a
 * head together with live pictures of the features, evaluate accuracy, embed a set, pick a balanced
 * sample of digits to draw.
 */
export { trainHead, weightRows, type TrainHeadOptions, type HeadTrainingRun, type FeatureSnapshot } from "./train_head";
export { evaluateHead, evaluateTensor, embedSet, balancedRows, type Evaluation, type FeatureNet } from "./evaluate";
export { trainHeads, trainHeadGroups, trainHeadSpec, type HeadRunSpec, type HeadRunExtras, type TrainHeadsOptions } from "./head_runs";
export { buildHead, HEAD_KINDS, type HeadSpec, type HeadOfKind } from "./head_spec";
