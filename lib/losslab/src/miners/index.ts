export * from "./types";
export * from "./batch_all";
export * from "./batch_hard";
export * from "./semi_hard";
// keptByNotesRule, the keep rule these use, is in "losslab/internal"
export { tripletCategory, drawRandomTriplets, mineRandomTriplets, TRIPLET_CATEGORY_LABELS, type TripletCategory, type RandomTripletOptions } from "./random_triplets";
export * from "./pairs";
export * from "./indices_tuple";
export * from "./triplet_margin_miner";
export * from "./device_masks";
export * from "./base_miner";
export * from "./batch_easy_hard_miner";
export * from "./multi_similarity_miner";
export * from "./pair_margin_miner";
export * from "./angular_miner";
export * from "./distance_weighted_miner";
export * from "./embeddings_already_packaged_as_triplets";
export * from "./hdc_miner";
export * from "./uniform_histogram_miner";
