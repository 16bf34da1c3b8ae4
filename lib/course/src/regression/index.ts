export * from "./linear_regression";
export * from "./robust_line";
