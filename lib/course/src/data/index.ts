export * from "./paths";
export * from "./anscombe";
export * from "./mnist";
