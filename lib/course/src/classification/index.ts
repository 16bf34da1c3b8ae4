export * from "./toy_data";
export * from "./logistic_regression";
export * from "./metrics";
export * from "./naive_softmax";
export * from "./loss_shares";
export * from "./logit";
export * from "./logistic_runs";
