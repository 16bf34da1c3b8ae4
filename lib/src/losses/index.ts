export * from "./reduction";
