export * from "./flat_adam";
