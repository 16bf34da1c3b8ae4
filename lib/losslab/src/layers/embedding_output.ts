/**
 * The output layer that lets `model.fit(x, labels)` train an embedding network with a metric loss
 * (`compileMetricLoss`) on class indices [B] or [B, 1], with no `repeatLabels`.
 *
 * Why a layer: tfjs-layers checks the targets given to `fit` and `evaluate` against the model's
 * declared output shape before any loss runs (`standardizeInputData` in its `engine/training`):
 * targets [B] become [B, 1], and then every axis after the batch must equal the output's, unless the
 * output declares that axis unknown (`null`). An embedding output [B, d] with d > 1 therefore refuses
 * class indices. `EmbeddingOutput` passes its input through unchanged and declares the width
 * unknown, so the targets' [B, 1] passes; the values, the gradients and `model.predict` are those of
 * the layer before it.
 */
import * as tf from "../tf";
import { InputTypeError, ShapeError, checkOptions, describe } from "../validation";
import { LAYER_ARGS } from "./layer_inputs";
import type { LayerArgs } from "./margin_layers";

/**
 * The identity on embeddings [B, d], declared as [B, unknown width], so that `model.fit` and
 * `model.evaluate` take class indices [B] or [B, 1] as the targets of a metric loss. Put it last:
 * `model.add(new EmbeddingOutput())`, or `new EmbeddingOutput().apply(embeddings)` in a functional
 * model, or wrap a built model with `withEmbeddingOutput(model)`. No weights; saved and reloaded as
 * "losslab>EmbeddingOutput".
 *
 *     const model = tf.sequential({ layers: [tf.layers.dense({ units: 8, inputShape: [20] }), new EmbeddingOutput()] });
 *     model.compile({ optimizer: "adam", loss: compileMetricLoss(new TripletMarginLoss({ margin: 0.1 })) });
 *     const x = tf.randomNormal([64, 20]);
 *     const y = tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 4)); // class indices [B]
 *     await model.fit(x, y, { epochs: 2, batchSize: 32 });
 *     tf.dispose([x, y]);
 */
export class EmbeddingOutput extends tf.layers.Layer {
  static readonly className = "EmbeddingOutput";

  constructor(args: LayerArgs = {}) {
    checkOptions(EmbeddingOutput.className, args, LAYER_ARGS);
    const { customObjects: _, ...layerArgs } = args as LayerArgs & { customObjects?: unknown };
    super(layerArgs);
  }

  /** Embeddings [batch, d] only: the layer declares d unknown, which is meaningful for rank 2 alone. */
  private embeddingShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    if (Array.isArray(inputShape[0])) {
      throw new ShapeError(EmbeddingOutput.className, "inputs", "one input, the embeddings [batch, d]", `${(inputShape as tf.Shape[]).length} inputs`);
    }
    const shape = inputShape as tf.Shape;
    if (shape.length !== 2) {
      throw new ShapeError(EmbeddingOutput.className, "embeddings", "embeddings of shape [batch, d]", `shape [${shape.map(String).join(", ")}]`);
    }
    return shape;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    this.embeddingShape(inputShape);
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [this.embeddingShape(inputShape)[0], null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    if (Array.isArray(inputs) && inputs.length !== 1) {
      throw new ShapeError(EmbeddingOutput.className, "inputs", "one input, the embeddings [batch, d]", `${inputs.length} inputs`);
    }
    if (x.rank !== 2) throw new ShapeError(EmbeddingOutput.className, "embeddings", "embeddings of shape [batch, d]", describe(x));
    return tf.clone(x);
  }

  override getClassName(): string {
    return EmbeddingOutput.className;
  }
}
tf.serialization.registerClass(EmbeddingOutput as unknown as tf.serialization.SerializableConstructor<tf.layers.Layer>, "losslab");

/**
 * A model that computes `model`'s embeddings through an `EmbeddingOutput`, sharing its layers and
 * weights: compile and `fit` the returned model with class indices [B] or [B, 1] as targets, and
 * the original model is trained with it. `model` must have one output, embeddings [B, d].
 *
 *     const net = tf.sequential({ layers: [tf.layers.dense({ units: 8, inputShape: [20] })] });
 *     const trainable = withEmbeddingOutput(net);
 *     trainable.compile({ optimizer: "adam", loss: compileMetricLoss(new ContrastiveLoss()) });
 *     const x = tf.randomNormal([64, 20]);
 *     const y = tf.tensor2d(Array.from({ length: 64 }, (_, i) => [i % 4])); // class indices [B, 1]
 *     await trainable.fit(x, y, { epochs: 2, batchSize: 32 });
 *     tf.dispose([x, y]);
 */
export function withEmbeddingOutput(model: tf.LayersModel): tf.LayersModel {
  const fn = "withEmbeddingOutput";
  if (!(model instanceof tf.LayersModel)) throw new InputTypeError(fn, "model", "a tf.LayersModel (tf.sequential or tf.model)", describe(model));
  if (model.outputs.length !== 1) {
    throw new ShapeError(fn, "model", "a model with one output, the embeddings [batch, d]", `a model with ${model.outputs.length} outputs`);
  }
  const shape = model.outputs[0].shape;
  if (shape.length !== 2) throw new ShapeError(fn, "model", "a model whose output is embeddings [batch, d]", `an output of shape [${shape.map(String).join(", ")}]`);
  const output = new EmbeddingOutput().apply(model.outputs[0]) as tf.SymbolicTensor;
  return tf.model({ inputs: model.inputs, outputs: output });
}
