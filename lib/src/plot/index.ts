export * from "./types";
export * from "./palette";
export * from "./figure";
export { figureHtml, plotlyJs } from "./html";
export * from "./descent_plots";
