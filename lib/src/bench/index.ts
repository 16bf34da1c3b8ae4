export * from "./reference_model";
export * from "./training_benchmark";
