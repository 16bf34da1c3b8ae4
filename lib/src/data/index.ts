export * from "./paths";
export * from "./anscombe";
