export * from "./linear_regression";
export * from "./robust_line";
//# sourceMappingURL=index.d.ts.map