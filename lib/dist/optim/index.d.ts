export * from "./gradient_descent";
export * from "./compare_descent";
export * from "./flat_adam";
//# sourceMappingURL=index.d.ts.map