/**
 * Lesson 04's experiments and checks on metric learning: the metric axioms tested on points, the
 * traditional pipeline's hand-made features, training an embedding with the naive, contrastive or triplet
 * loss (and a miner) while recording what the notes' mining procedure sees, comparing miners, pair
 * verification with a threshold fitted on training pairs, and the contrastive loss's conventions.
 */
export * from "./axioms";
export * from "./hand_features";
export * from "./verify";
export * from "./seeded_runs";
export * from "./train_embedding";
export * from "./compare_miners";
export * from "./conventions";
