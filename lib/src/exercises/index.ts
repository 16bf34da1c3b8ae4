export * from "./checker";
export * from "./lesson00";
