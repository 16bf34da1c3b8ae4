export * from "./expression";
