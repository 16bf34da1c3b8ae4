import { fastDense, plainDense, tf } from "losslab";
import { expectClose, randomMatrix, take } from "../distances/reference";

describe("fastDense", () => {
  const x = tf.tensor2d(randomMatrix(5, 7, 1));
  const w = tf.tensor2d(randomMatrix(7, 4, 2));
  const b = tf.tensor1d([0.1, -0.2, 0.3, 0]);
  const upstream = tf.tensor2d(randomMatrix(5, 4, 3)); // a non-uniform dL/dY

  it("has the value of x·W + b", () => {
    expectClose(take(fastDense(x, w, b)), take(plainDense(x, w, b)), 1e-6);
  });

  it("its gradients dX = dY·Wᵀ, dW = Xᵀ·dY, db = Σ dY equal TensorFlow.js's own (float32 noise)", () => {
    const loss = (dense: typeof fastDense) => (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
      tf.sum(tf.mul(dense(xx as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D), upstream));
    const fast = tf.grads(loss(fastDense))([x, w, b]).map(take);
    const plain = tf.grads(loss(plainDense))([x, w, b]).map(take);
    fast.forEach((g, k) => expectClose(g, plain[k], 1e-6));
    // and the explicit formulas
    expectClose(fast[0], take(tf.matMul(upstream, w, false, true)), 1e-6);
    expectClose(fast[1], take(tf.matMul(x, upstream, true, false)), 1e-6);
    expectClose(fast[2], take(tf.sum(upstream, 0)), 1e-6);
  });

  it.each(["explicitTranspose", "transposeFlags"] as const)("formulation %s: the same value and gradients as TensorFlow.js's own", (formulation) => {
    const loss = (dense: typeof fastDense) => (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
      tf.sum(tf.mul(dense(xx as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D, { formulation }), upstream));
    expectClose(take(fastDense(x, w, b, { formulation })), take(plainDense(x, w, b)), 1e-6);
    const ours = tf.grads(loss(fastDense))([x, w, b]).map(take);
    const plain = tf.grads(loss((xx, ww, bb) => plainDense(xx, ww, bb)))([x, w, b]).map(take);
    ours.forEach((g, k) => expectClose(g, plain[k], 1e-6));
    // and the skipped input gradient is zeros in either formulation
    const skip = tf.grads((xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
      tf.sum(tf.mul(fastDense(xx as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D, { formulation, inputGradient: false }), upstream)))([x, w, b]).map(take);
    expect(skip[0].every((v) => v === 0)).toBe(true);
    expectClose(skip[1], ours[1], 1e-6);
  });

  it("inputGradient: false reports zeros for x and the same dW and db", () => {
    const loss = (opts: { inputGradient?: boolean }) => (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) =>
      tf.sum(tf.mul(fastDense(xx as tf.Tensor2D, ww as tf.Tensor2D, bb as tf.Tensor1D, opts), upstream));
    const full = tf.grads(loss({}))([x, w, b]).map(take);
    const skip = tf.grads(loss({ inputGradient: false }))([x, w, b]).map(take);
    expect(skip[0].every((v) => v === 0)).toBe(true);
    expect(skip.slice(1)).toEqual(full.slice(1));
  });

  it("works with variables under tf.variableGrads, as in a training step", () => {
    const wv = tf.variable(w.clone());
    const bv = tf.variable(b.clone());
    const f = (dense: typeof fastDense) => () => tf.sum(tf.square(dense(x, wv, bv))) as tf.Scalar;
    const fast = tf.variableGrads(f(fastDense), [wv, bv]);
    const plain = tf.variableGrads(f(plainDense), [wv, bv]);
    expectClose(take(fast.grads[wv.name]), take(plain.grads[wv.name]), 1e-5);
    expectClose(take(fast.grads[bv.name]), take(plain.grads[bv.name]), 1e-5);
    wv.dispose();
    bv.dispose();
  });
});
