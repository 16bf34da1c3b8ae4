/**
 * losslab-course: the course's glue on top of the losslab library (which it does not re-export:
 * notebooks import the library's names from "losslab" and these from "losslab-course"). Figures,
 * notebook output for tslab, data sets, the lessons' experiments, exercises, the capstone, benchmarks,
 * the choice of TensorFlow.js backend.
 *
 * Areas (one folder each under lib/course/src, listed in lib/README.md).
 */
export * from "./backend/select_backend";
export * from "./math";
export * from "./data";
export * from "./protocols";
export * from "./regression";
export * from "./optim";
export * from "./classification";
export * from "./symbolic";
export * from "./analysis";
export * from "./training";
export * from "./parallel";
export * from "./metric_learning";
export * from "./bench";
export * from "./capstone";
export * from "./experiments";
export * from "./plot";
export * from "./notebook";
export * from "./exercises";
