export * from "./linalg";
//# sourceMappingURL=index.d.ts.map