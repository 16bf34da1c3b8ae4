/**
 * losslab: loss functions, gradients, miners, margin heads, data sets and plots for deep learning
 * on TensorFlow.js, and the notebook helpers of the losslab course.
 *
 * Areas (one folder each under lib/src, listed in lib/README.md): validation, backend, random, math,
 * data, regression, optim, activations, losses, angular, heads, plot, notebook, exercises; the
 * metric-learning toolbox in pytorch-metric-learning's design: distances (measures), reducers,
 * miners (indices tuples, TripletMarginMiner), metric_learning/losses, retrieval, samplers
 * (lib/COMING_FROM_PYTORCH.md maps each pml / TF Addons class to its losslab name).
 */
import * as tf from "@tensorflow/tfjs";
/** The TensorFlow.js instance losslab computes with; use it rather than importing a second copy. */
export { tf };
export { VERSION } from "./version";
export * from "./validation";
export * from "./backend/select_backend";
export * from "./backend/formulations";
export * from "./random/rng";
export * from "./math";
export * from "./data";
export * from "./regression";
export * from "./optim";
export * from "./losses";
export * from "./plot";
export * from "./notebook";
export * from "./exercises";
export * from "./activations";
export * from "./distances";
export * from "./models";
export * from "./miners";
export * from "./verification";
export * from "./angular";
export * from "./heads";
export * from "./classification";
export * from "./symbolic";
export * from "./analysis";
export * from "./training";
export * from "./bench";
export * from "./reducers";
export * from "./retrieval";
export * from "./samplers";
export * from "./metric_learning";
export * from "./capstone";
//# sourceMappingURL=index.d.ts.map