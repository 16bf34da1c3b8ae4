export * from "./checker";
export * from "./lesson00";
export * from "./describe_inputs";
export * from "./lesson01";
export * from "./lesson02";
export * from "./lesson03";
