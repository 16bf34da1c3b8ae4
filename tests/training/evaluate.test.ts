import { EmbeddingNet, SoftmaxHead, tf } from "losslab";
import { balancedRows, embedSet, evaluateHead, evaluateTensor, loadMnist, mnistTensors, splitMnist } from "losslab-course";

const { test } = splitMnist(loadMnist({ digits: [0, 1, 2] }), { perDigit: 30, testFraction: 0.5, seed: 2 });

describe("evaluateHead and embedSet", () => {
  const net = new EmbeddingNet({ hidden: [8], embeddingSize: 2, seed: 1 });
  const head = new SoftmaxHead({ inputDim: 2, numClasses: 3, seed: 2 });
  afterAll(() => {
    net.dispose();
    head.dispose();
  });

  it("give the head's predictions, their accuracy, and the features of every image", () => {
    const e = evaluateHead({ net, head, set: test });
    expect(e.count).toBe(test.count);
    const right = Array.from(e.predictions).filter((p, i) => p === test.labels[i]).length;
    expect(e.accuracy).toBe(right / test.count);
    expect(e.error).toBeCloseTo(1 - e.accuracy, 15);
    const expected = tf.tidy(() => head.predict(net.embed(mnistTensors(test).images)).arraySync());
    expect(Array.from(e.predictions)).toEqual(expected);
    expect(embedSet(net, test)).toEqual(e.features);
  });

  it("leave no tensors behind", () => {
    const { images, labels } = mnistTensors(test);
    const before = tf.memory().numTensors;
    evaluateTensor(net, head, images, test.labels);
    embedSet(net, test);
    expect(tf.memory().numTensors).toBe(before);
    images.dispose();
    labels.dispose();
  });
});

describe("balancedRows", () => {
  it("draws up to perClass rows of each class, seeded, listed class by class", () => {
    const labels = [2, 0, 0, 1, 2, 2, 0, 2];
    const rows = balancedRows(labels, { perClass: 2, seed: 4 });
    expect(rows.map((r) => labels[r])).toEqual([0, 0, 1, 2, 2]);
    expect(balancedRows(labels, { perClass: 2, seed: 4 })).toEqual(rows);
    expect(new Set(rows).size).toBe(rows.length);
    expect(balancedRows(labels, { perClass: 10 }).length).toBe(labels.length);
  });
});
