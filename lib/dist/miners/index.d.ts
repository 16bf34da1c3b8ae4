export * from "./types";
export * from "./batch_all";
export * from "./batch_hard";
export * from "./semi_hard";
export * from "./random_triplets";
export * from "./pairs";
export * from "./indices_tuple";
export * from "./triplet_margin_miner";
//# sourceMappingURL=index.d.ts.map