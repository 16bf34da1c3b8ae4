import { tf } from "losslab";

/** Four Gaussian blobs in 6-D, labelled 0-3: features and one-hot targets for fit. */
export function blobs(n: number, seed: number) {
  const rows: number[][] = [];
  const labels: number[] = [];
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  for (let i = 0; i < n; i++) {
    const c = i % 4;
    labels.push(c);
    rows.push(Array.from({ length: 6 }, (_, j) => (j % 4 === c ? 2 : 0) + next()));
  }
  const y = tf.tensor1d(labels);
  return { x: tf.tensor2d(rows), y, oneHot: tf.oneHot(tf.cast(y, "int32"), 4).toFloat() as tf.Tensor2D, labels };
}
