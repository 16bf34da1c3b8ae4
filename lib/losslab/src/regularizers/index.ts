export * from "./regularizers";
