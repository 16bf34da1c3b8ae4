export * from "./retrieval_metrics";
export * from "./search";
export * from "./k_means";
export * from "./mutual_information";
export * from "./clustering_metrics";
export { RETRIEVAL_BLOCK_ELEMENTS } from "./top_k";
