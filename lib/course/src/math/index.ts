export * from "./linalg";
