/**
 * The TensorFlow.js API the library computes with: the user's own `@tensorflow/tfjs-core` and
 * `@tensorflow/tfjs-layers` (peer dependencies), so tensors, variables, layers and the backend are
 * the ones of the application, never a second copy. The same two re-exports make up `@tensorflow/tfjs`.
 */
export * from "@tensorflow/tfjs-core";
export * from "@tensorflow/tfjs-layers";
