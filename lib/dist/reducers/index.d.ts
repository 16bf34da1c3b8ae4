export * from "./reducers";
//# sourceMappingURL=index.d.ts.map