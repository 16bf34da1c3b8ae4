export * from "./display";
export * from "./setup";
//# sourceMappingURL=index.d.ts.map