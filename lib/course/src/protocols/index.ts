/**
 * Evaluation protocols of an embedding (Omniglot's, and any labelled set's): each takes embeddings and
 * labels (or, for Lake et al.'s one-shot runs, a cost or score between images) and a similarity, never a
 * model or a loss, and returns plain data.
 */
export * from "./embeddings";
export * from "./modified_hausdorff";
export * from "./one_shot_runs";
export * from "./episodes";
export * from "./verification";
export * from "./retrieval";
export * from "./closed_set";
export * from "./angles";
export * from "./raw_pixels";
