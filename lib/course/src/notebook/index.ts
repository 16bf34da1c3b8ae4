export * from "./display";
export * from "./setup";
