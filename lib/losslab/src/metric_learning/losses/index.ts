export * from "./base";
export * from "./pair_losses";
export * from "./triplet_margin_loss";
export * from "./proxy_losses";
export * from "./margin_softmax_losses";
