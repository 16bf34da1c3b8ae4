/**
 * losslab: loss functions for TensorFlow.js, from L1 and L2 to ArcFace. Losses with hand-derived
 * gradients and Keras-style `(yTrue, yPred)` versions for `model.compile`, distances, metric-learning
 * miners, angular margins, margin heads (plain and as `tf.layers.Layer`s), verification metrics, a
 * training loop. Depends on `@tensorflow/tfjs-core` and `@tensorflow/tfjs-layers` only (peers).
 *
 * Areas (one folder each): validation, random,
 * activations, losses, distances, miners, verification, angular, heads, layers (model.compile losses,
 * margin layers, the annealing callback), models, optim, backend; the metric-learning toolbox in
 * pytorch-metric-learning's design: distances (measures), reducers, miners (indices tuples,
 * TripletMarginMiner), metric_learning (losses), retrieval, samplers (lib/losslab/COMING_FROM_PYTORCH.md maps
 * each pml / TF Addons class to its losslab name).
 */
import * as tf from "./tf";

/** The TensorFlow.js API losslab computes with (the application's tfjs-core and tfjs-layers). */
export { tf };
export { VERSION } from "./version";
// the errors and the value-check switch; the argument checks themselves are in "losslab/internal"
export { LosslabArgumentError, InputTypeError, ShapeError, ValueError, validationConfig, withValueChecks, type TensorInput } from "./validation";
export * from "./backend/formulations";
export * from "./random/rng";
export * from "./optim";
export * from "./activations";
export * from "./losses";
export * from "./distances";
export * from "./models";
export * from "./miners";
export * from "./verification";
export * from "./angular";
export * from "./heads";
export * from "./layers";
export * from "./reducers";
export * from "./regularizers";
export * from "./retrieval";
export * from "./samplers";
export * from "./metric_learning";
