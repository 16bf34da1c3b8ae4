export * from "./retrieval_metrics";
//# sourceMappingURL=index.d.ts.map