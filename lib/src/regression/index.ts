export * from "./linear_regression";
