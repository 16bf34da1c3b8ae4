export * from "./figure_types";
export { figureHtml, plotlyJs } from "./figure_html";
export * from "./display";
export * from "./setup";
