/**
 * The explorables' tiny network: x → tanh(x·W₁ + b₁) → ·W₂ + b₂, written with plain variables so a
 * page trains it in a few milliseconds a step on any backend. Weights drawn from a seeded `Rng`
 * (normal, scale 1/√fan-in), so the same seed gives the same network in the browser and under jest.
 */
import { Rng, tf } from "losslab";

export interface TinyMlpOptions {
  /** Input width. */
  inputs: number;
  /** Hidden units. */
  hidden: number;
  /** Output width (embedding size or logits). */
  outputs: number;
  /** Seed of the initial weights. */
  seed: number;
}

function seededMatrix(rng: Rng, rows: number, cols: number): tf.Variable {
  const values = Float32Array.from({ length: rows * cols }, () => rng.normal(0, 1 / Math.sqrt(rows)));
  return tf.tidy(() => tf.variable(tf.tensor2d(values, [rows, cols])));
}

export class TinyMlp {
  readonly weights: tf.Variable[];

  constructor(readonly options: TinyMlpOptions) {
    const rng = new Rng(options.seed);
    const { inputs, hidden, outputs } = options;
    this.weights = [
      seededMatrix(rng, inputs, hidden),
      tf.tidy(() => tf.variable(tf.zeros([hidden]))),
      seededMatrix(rng, hidden, outputs),
      tf.tidy(() => tf.variable(tf.zeros([outputs]))),
    ];
  }

  /** The network's output for rows x [N, inputs] → [N, outputs]. */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    const [w1, b1, w2, b2] = this.weights;
    return tf.tidy(() => tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(x, w1), b1)), w2), b2) as tf.Tensor2D);
  }

  dispose(): void {
    this.weights.forEach((w) => w.dispose());
  }
}

/** An Adam step on `loss` over the network's weights; returns the loss's value (read back). */
export function trainStep(net: TinyMlp, optimizer: tf.Optimizer, loss: () => tf.Scalar): number {
  const value = optimizer.minimize(loss, true, net.weights);
  const out = value === null ? NaN : value.dataSync()[0];
  value?.dispose();
  return out;
}
