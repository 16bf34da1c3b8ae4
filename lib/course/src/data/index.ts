export * from "./paths";
export * from "./anscombe";
export * from "./mnist";
export * from "./fashion_mnist";
