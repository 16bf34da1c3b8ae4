export * from "./gradient_descent";
export * from "./compare_descent";
