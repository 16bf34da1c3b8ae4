export * from "./retrieval_metrics";
