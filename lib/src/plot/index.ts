export * from "./types";
export * from "./palette";
export * from "./figure";
export { figureHtml, plotlyJs } from "./html";
export * from "./descent_plots";
export * from "./panels";
export * from "./huber_plots";
export * from "./cross_entropy_plots";
export * from "./softmax_plots";
