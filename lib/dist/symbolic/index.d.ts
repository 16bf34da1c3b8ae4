export * from "./expression";
//# sourceMappingURL=index.d.ts.map