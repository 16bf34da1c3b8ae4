export * from "./types";
export * from "./palette";
export * from "./figure";
export { figureHtml, plotlyJs } from "./html";
export * from "./descent_plots";
export * from "./panels";
export * from "./huber_plots";
export * from "./controls";
export * from "./cross_entropy_plots";
export * from "./boundary_plots";
export * from "./target_plots";
export * from "./feature_plots";
export * from "./softmax_plots";
export * from "./metric_plots";
export * from "./capstone_plots";
//# sourceMappingURL=index.d.ts.map