import { gatherRows, tf } from "losslab";
import { take } from "../distances/reference";

describe("gatherRows", () => {
  const x = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);

  it("selects rows like tf.gather and sums the gradient over repeated rows like it", () => {
    const idx = Int32Array.of(2, 0, 2, 2);
    expect(take(gatherRows(x, idx))).toEqual(take(tf.gather(x, idx)));
    const weights = tf.tensor2d([[1, 1], [2, 2], [3, 3], [4, 4]]);
    const ours = take(tf.grad((t: tf.Tensor) => tf.sum(tf.mul(gatherRows(t, idx), weights)))(x));
    // the reference gathers by a one-hot matMul: tf.gather's own gradient (UnsortedSegmentSum) is not registered on wasm
    const select = tf.oneHot(tf.tensor1d(idx, "int32"), 3).toFloat();
    const theirs = take(tf.grad((t: tf.Tensor) => tf.sum(tf.mul(tf.matMul(select, t), weights)))(x));
    expect(ours).toEqual(theirs);
    expect(ours).toEqual([2, 2, 0, 0, 8, 8]);
  });

  it("an empty index list gives an empty result and a zero gradient; no tensor is leaked", () => {
    const before = tf.memory().numTensors;
    const g = tf.grad((t: tf.Tensor) => tf.sum(gatherRows(t, new Int32Array(0))))(x);
    expect(take(g)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
