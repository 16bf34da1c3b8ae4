export * from "./reference_model";
export * from "./training_benchmark";
export * from "./profile_step";
export { referenceRun, timeMs, type ReferenceRun } from "./reference_run";
export { median } from "./median";
export { conv4Run, type Conv4RunOptions } from "./conv4_run";
