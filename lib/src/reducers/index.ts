export * from "./reducers";
