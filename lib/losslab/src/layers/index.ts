/**
 * TensorFlow.js Layers integration: the losses as Keras-style `(yTrue, yPred) => Scalar` functions
 * for `model.compile`, the margin heads as registered `tf.layers.Layer`s, λ annealing as a callback.
 */
export * from "./compile_losses";
export * from "./margin_layers";
export * from "./loss_layers";
export * from "./embedding_output";
