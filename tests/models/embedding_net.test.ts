import { EmbeddingNet, ShapeError, tf, ValueError } from "losslab";
import { expectClose, randomMatrix, take } from "../distances/reference";

describe("EmbeddingNet", () => {
  it("is 784-256-128-2 by default, Glorot-uniform weights and zero biases", () => {
    const net = new EmbeddingNet();
    expect(net.sizes).toEqual([784, 256, 128, 2]);
    expect(net.parameterCount).toBe(784 * 256 + 256 + 256 * 128 + 128 + 128 * 2 + 2);
    const w0 = net.weights[0].dataSync() as Float32Array;
    const limit = Math.sqrt(6 / (784 + 256));
    expect(w0.reduce((m, v) => Math.max(m, Math.abs(v)), 0)).toBeLessThanOrEqual(limit);
    // uniform on (−l, l): variance l²/3
    const variance = w0.reduce((s, v) => s + v * v, 0) / w0.length;
    expect(Math.abs(variance / (limit * limit / 3) - 1)).toBeLessThan(0.02);
    expect(take(net.biases[0].clone()).every((v) => v === 0)).toBe(true);
    net.dispose();
  });

  it("is seeded: the same seed gives the same weights, another seed other weights", () => {
    const make = (seed: number) => new EmbeddingNet({ inputSize: 10, hidden: [6], embeddingSize: 3, seed });
    const [a, b, c] = [make(1), make(1), make(2)];
    expect(a.weights[0].dataSync()).toEqual(b.weights[0].dataSync());
    expect(a.weights[0].dataSync()).not.toEqual(c.weights[0].dataSync());
    [a, b, c].forEach((n) => n.dispose());
  });

  it("apply = ReLU hidden layers and a linear output; fast and plain dense layers agree, gradients too", () => {
    const fast = new EmbeddingNet({ inputSize: 8, hidden: [5, 4], embeddingSize: 3, seed: 3 });
    const plain = new EmbeddingNet({ inputSize: 8, hidden: [5, 4], embeddingSize: 3, seed: 3, fast: false });
    const x = tf.tensor2d(randomMatrix(6, 8, 4));
    // by hand
    const [w1, w2, w3] = fast.weights.map((w) => w as unknown as tf.Tensor2D);
    const expected = tf.matMul(tf.relu(tf.matMul(tf.relu(tf.matMul(x, w1)), w2)), w3);
    expectClose(take(fast.apply(x)), take(expected), 1e-6);
    expectClose(take(plain.apply(x)), take(fast.apply(x)), 1e-6);
    const loss = (net: EmbeddingNet) => () => tf.sum(tf.square(net.apply(x))) as tf.Scalar;
    const gf = tf.variableGrads(loss(fast), fast.variables).grads;
    const gp = tf.variableGrads(loss(plain), plain.variables).grads;
    fast.variables.forEach((v, k) => expectClose(take(gf[v.name]), take(gp[plain.variables[k].name]), 1e-5));
    fast.dispose();
    plain.dispose();
  });

  it("input gradient: zeros by default (not computed), the plain network's with inputGradient: true", () => {
    const opts = { inputSize: 6, hidden: [5], embeddingSize: 2, seed: 8 };
    const [lazy, full, plain] = [new EmbeddingNet(opts), new EmbeddingNet({ ...opts, inputGradient: true }), new EmbeddingNet({ ...opts, fast: false })];
    const x = tf.tensor2d(randomMatrix(4, 6, 9));
    const dx = (net: EmbeddingNet) => take(tf.grad((t: tf.Tensor) => tf.sum(tf.square(net.apply(t as tf.Tensor2D))))(x));
    expect(dx(lazy).every((v) => v === 0)).toBe(true);
    expectClose(dx(full), dx(plain), 1e-5);
    expect(dx(plain).some((v) => v !== 0)).toBe(true);
    [lazy, full, plain].forEach((n) => n.dispose());
  });

  it("embed computes in chunks the same embeddings as apply, without leaking tensors", () => {
    const net = new EmbeddingNet({ inputSize: 4, hidden: [3], seed: 5 });
    const x = randomMatrix(25, 4, 6);
    const before = tf.memory().numTensors;
    const chunked = net.embed(x, { batchSize: 7 });
    expect(chunked.shape).toEqual([25, 2]);
    expect(tf.memory().numTensors).toBe(before + 1); // the result only
    const whole = tf.tidy(() => net.apply(tf.tensor2d(x)));
    expectClose(take(chunked), take(whole), 1e-6);
    net.dispose();
  });

  it("rejects bad sizes and inputs of the wrong width", () => {
    expect(() => new EmbeddingNet({ embeddingSize: 0 })).toThrow(ValueError);
    expect(() => new EmbeddingNet({ embeddingSize: 0 })).toThrow("losslab.EmbeddingNet: argument 'embeddingSize' must be an integer >= 1, but got 0.");
    expect(() => new EmbeddingNet({ hidden: [16, 2.5] })).toThrow("argument 'hidden[1]' must be an integer >= 1");
    const net = new EmbeddingNet({ inputSize: 4, hidden: [3] });
    expect(() => net.apply(tf.zeros([2, 5]) as tf.Tensor2D)).toThrow(ShapeError);
    expect(() => net.apply(tf.zeros([2, 5]) as tf.Tensor2D)).toThrow("losslab.EmbeddingNet.apply: argument 'x' must be a matrix [N, 4]");
    net.dispose();
  });
});
