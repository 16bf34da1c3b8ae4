export * from "./checker";
export * from "./answers";
export * from "./lesson00";
export * from "./describe_inputs";
export * from "./lesson01";
export * from "./lesson02";
export * from "./lesson03";
export * from "./lesson03b";
export * from "./lesson05";
export * from "./lesson06";
export * from "./lesson07";
export * from "./lesson08";
export * from "./lesson04a";
export * from "./lesson04b";
export * from "./lesson09";
//# sourceMappingURL=index.d.ts.map