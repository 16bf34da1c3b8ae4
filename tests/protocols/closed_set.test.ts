import * as tf from "@tensorflow/tfjs";
import { closedSetAccuracy } from "losslab-course";

describe("closedSetAccuracy", () => {
  const labels = [0, 1, 2, 1];

  it("counts the largest logit (ties to the lower class), from rows or a tensor", () => {
    const logits = [[3, 1, 0], [0, 0, 0], [1, 2, 2], [0, 5, -1]]; // row 1 ties → class 0 (wrong), row 2 ties → 1 (wrong)
    expect(closedSetAccuracy({ labels, logits })).toEqual({ accuracy: 0.5, correct: 2, total: 4 });
    const before = tf.memory().numTensors;
    const t = tf.tensor2d(logits);
    expect(closedSetAccuracy({ labels, logits: t }).correct).toBe(2);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("by cosines to class weights equals a plain loop (the weights' norms do not matter)", () => {
    const embeddings = [[1, 0.1], [0.2, 1], [-1, -0.2], [0.9, 1]];
    const classWeights = [[5, 0], [0, 0.1], [-1, 0]];
    const predicted = embeddings.map((e) => {
      const cos = classWeights.map((w) => (e[0] * w[0] + e[1] * w[1]) / Math.hypot(...e) / Math.hypot(...w));
      return cos.indexOf(Math.max(...cos));
    });
    const correct = predicted.filter((p, i) => p === labels[i]).length;
    expect(closedSetAccuracy({ labels, embeddings, classWeights })).toEqual({ accuracy: correct / 4, correct, total: 4 });
  });

  it("refuses both or neither input, labels out of range, widths that differ", () => {
    expect(() => closedSetAccuracy({ labels })).toThrow(/neither/);
    expect(() => closedSetAccuracy({ labels, logits: [[1, 2, 3]], embeddings: [[1]] })).toThrow(/both/);
    expect(() => closedSetAccuracy({ labels: [3], logits: [[1, 2, 3]] })).toThrow(/class indices in \[0, 3\)/);
    expect(() => closedSetAccuracy({ labels: [0], embeddings: [[1, 2]], classWeights: [[1, 2, 3]] })).toThrow(/classWeights' must be rows of width 2/);
    expect(() => closedSetAccuracy({ labels: [0], embeddings: [[1, 2]] })).toThrow(/classWeights/);
  });
});
