/**
 * Experiments too long for a notebook: each runs from an npm script that saves its results as JSON
 * under data/results/, which lesson 09 shows; a test re-runs each and fails if the results drift.
 */
export * from "./open_set";
export * from "./reproduce_fashion_mlp";
export * from "./provenance";
export * from "./omniglot";
