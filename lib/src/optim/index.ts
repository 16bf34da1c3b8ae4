export * from "./gradient_descent";
