// Behaviour every head shares (ClassificationHead): seeded initialisation, validation, reductions,
// extreme geometry (θ = 0, θ = π, the zero feature), prediction, memory, and a short training run.
import {
  ASoftmaxHead,
  ArcFaceHead,
  ClassificationHead,
  CosFaceHead,
  InputTypeError,
  LSoftmaxHead,
  ModifiedSoftmaxHead,
  Rng,
  ShapeError,
  SoftmaxHead,
  ValueError,
  glorotUniform,
  tf,
  type HeadOptions,
} from "losslab";
import { refLogits, type HeadKind, type RefParams } from "./reference";

type Maker = { name: string; kind: HeadKind; params: RefParams; make: (o: HeadOptions) => ClassificationHead };
const pure = { base: 0, lambdaMin: 0 };
const heads: Maker[] = [
  { name: "SoftmaxHead", kind: "softmax", params: {}, make: (o) => new SoftmaxHead(o) },
  { name: "ModifiedSoftmaxHead", kind: "modifiedSoftmax", params: {}, make: (o) => new ModifiedSoftmaxHead(o) },
  { name: "LSoftmaxHead", kind: "lSoftmax", params: { m: 4, lambda: 0 }, make: (o) => new LSoftmaxHead({ ...o, annealing: pure }) },
  { name: "ASoftmaxHead", kind: "aSoftmax", params: { m: 4, lambda: 0 }, make: (o) => new ASoftmaxHead({ ...o, annealing: pure }) },
  { name: "CosFaceHead", kind: "cosFace", params: { s: 64, m: 0.35 }, make: (o) => new CosFaceHead(o) },
  { name: "ArcFaceHead", kind: "arcFace", params: { s: 64, m: 0.5 }, make: (o) => new ArcFaceHead(o) },
  { name: "ArcFaceHead", kind: "arcFace", params: { s: 64, m: 0.5, easyMargin: true }, make: (o) => new ArcFaceHead({ ...o, easyMargin: true }) },
];

const finite = (t: tf.Tensor) => Array.from(t.dataSync()).every(Number.isFinite);

describe("ClassificationHead: what every head shares", () => {
  it("seeded Glorot-uniform initialisation: same seed, same weights; bound √(6/(d + C))", () => {
    const a = new ArcFaceHead({ inputDim: 5, numClasses: 4, seed: 42 });
    const b = new ArcFaceHead({ inputDim: 5, numClasses: 4, seed: 42 });
    const c = new ArcFaceHead({ inputDim: 5, numClasses: 4, seed: 43 });
    expect(a.weights.shape).toEqual([5, 4]);
    expect(Array.from(a.weights.dataSync())).toEqual(Array.from(b.weights.dataSync()));
    expect(Array.from(a.weights.dataSync())).not.toEqual(Array.from(c.weights.dataSync()));
    const bound = Math.sqrt(6 / 9);
    expect(Array.from(a.weights.dataSync()).every((v) => Math.abs(v) < bound)).toBe(true);
    expect(Array.from(a.weights.dataSync())).toEqual(Array.from(glorotUniform(5, 4, 42)));
    const d = new SoftmaxHead({ inputDim: 2, numClasses: 2 }); // seed 0 by default
    expect(Array.from(d.weights.dataSync())).toEqual(Array.from(glorotUniform(2, 2, 0)));
    for (const h of [a, b, c, d]) h.dispose();
  });

  it("uses given weights (never writing to the caller's tensor) and checks them", () => {
    const w = tf.tensor2d([[1, 2], [3, 4]]);
    const head = new CosFaceHead({ inputDim: 2, numClasses: 2, weights: w });
    head.weights.assign(tf.zeros([2, 2]));
    expect(Array.from(w.dataSync())).toEqual([1, 2, 3, 4]);
    head.dispose();
    expect(() => new CosFaceHead({ inputDim: 3, numClasses: 2, weights: w })).toThrow("losslab.CosFaceHead: argument 'weights' must be of shape [3, 2]");
    expect(() => new CosFaceHead({ inputDim: 2, numClasses: 2, weights: [[1, NaN], [0, 1]] })).toThrow(ValueError);
    expect(() => new SoftmaxHead({ inputDim: 0, numClasses: 2 })).toThrow("losslab.SoftmaxHead: argument 'inputDim' must be an integer >= 1, but got 0.");
    expect(() => new ASoftmaxHead({ inputDim: 2, numClasses: 1 })).toThrow("losslab.ASoftmaxHead: argument 'numClasses' must be an integer >= 2, but got 1.");
    expect(() => new LSoftmaxHead({ inputDim: 2, numClasses: 3, seed: 0.5 })).toThrow(ValueError);
    expect(() => new ModifiedSoftmaxHead(undefined as never)).toThrow(InputTypeError);
  });

  it("θ = 0 and θ = π (features aligned / anti-aligned with their class weight) and zero features: finite losses and gradients", () => {
    const weights = [[1, 0, 0.6], [0, 1, 0.8]];
    const x = [[2.5, 0], [-3, 0], [0, 0], [0, 4]];
    const labels = [0, 0, 2, 1];
    for (const { name, kind, params, make } of heads) {
      const head = make({ inputDim: 2, numClasses: 3, weights });
      const cos = head.cosines(x).arraySync();
      expect([cos[0][0], cos[1][0], cos[2][2], cos[3][1]]).toEqual([1, -1, 0, 1]);
      const loss = head.loss(x, labels, { reduction: "none" });
      expect(finite(loss)).toBe(true);
      const gx = tf.grad((f: tf.Tensor) => head.loss(f, labels))(tf.tensor2d(x));
      const gw = tf.variableGrads(() => head.loss(x, labels), [head.weights]).grads[head.weights.name];
      if (!finite(gx) || !finite(gw)) throw new Error(`${name}: non-finite gradient`);
      // the reference agrees at these points too (the zero row: cos θ = 0 by convention)
      const ref = refLogits(kind, [x[0], x[1], x[3]], weights, [0, 0, 1], params);
      const got = head.logits(x, labels).arraySync();
      [0, 1, 3].forEach((row, i) => got[row].forEach((v, j) => expect(Math.abs(v - ref[i][j])).toBeLessThan(1e-4 * Math.max(1, Math.abs(ref[i][j])))));
      head.dispose();
    }
  });

  it("reductions: 'none' per sample, 'sum' = B·'mean'; an empty batch is a differentiable zero", () => {
    const rng = new Rng(4);
    const x = Array.from({ length: 5 }, () => [rng.normal(), rng.normal(), rng.normal()]);
    const labels = [0, 1, 2, 3, 1];
    for (const { make } of heads) {
      const head = make({ inputDim: 3, numClasses: 4, seed: 2 });
      const none = head.loss(x, labels, { reduction: "none" });
      expect(none.shape).toEqual([5]);
      const mean = head.loss(x, labels).dataSync()[0];
      const sum = head.loss(x, labels, { reduction: "sum" }).dataSync()[0];
      expect(Math.abs(sum - 5 * mean)).toBeLessThan(1e-5 * Math.abs(sum));
      expect(Math.abs(Array.from(none.dataSync()).reduce((a, b) => a + b, 0) - sum)).toBeLessThan(1e-5 * Math.abs(sum));
      const empty = tf.zeros([0, 3]);
      expect(head.loss(empty, []).dataSync()[0]).toBe(0);
      const g = tf.variableGrads(() => head.loss(empty, []), [head.weights]).grads[head.weights.name];
      expect(Array.from(g.dataSync()).every((v) => v === 0)).toBe(true);
      expect(() => head.loss(x, labels, { reduction: "avg" as never })).toThrow("argument 'reduction' must be one of 'none', 'mean', 'sum', but got 'avg'.");
      head.dispose();
    }
  });

  it("rejects bad labels and features, naming the head, the method and the argument", () => {
    const head = new ArcFaceHead({ inputDim: 3, numClasses: 4 });
    const x = [[1, 2, 3], [0, 1, 0]];
    expect(() => head.loss(x, [0, 1.5])).toThrow("losslab.ArcFaceHead.loss: argument 'labels' must be class indices, integers >= 0 and < 4, but got 1.5 at index [1].");
    expect(() => head.loss(x, [0, 4])).toThrow(ValueError);
    expect(() => head.logits(x, [-1, 0])).toThrow("losslab.ArcFaceHead.logits: argument 'labels' must be class indices");
    expect(() => head.loss(x, [0])).toThrow("losslab.ArcFaceHead.loss: argument 'labels' must be 2 labels, one per row of 'features', but got a float32 tensor of shape [1].");
    expect(() => head.loss(x, [[0], [1]])).toThrow(ShapeError);
    expect(() => head.loss([[1, 2]], [0])).toThrow("losslab.ArcFaceHead.loss: argument 'features' must be a matrix [B, 3] (one 3-D feature vector a row), but got a float32 tensor of shape [1, 2].");
    expect(() => head.scores([[1, NaN, 0]])).toThrow("losslab.ArcFaceHead.scores: argument 'features' must be finite numbers, but got NaN at index [0, 1].");
    expect(() => head.loss("x" as never, [0])).toThrow(InputTypeError);
    head.dispose();
  });

  it("scores are the logits without margin, predict their argmax; nothing leaks", () => {
    const rng = new Rng(8);
    const x = Array.from({ length: 6 }, () => [rng.normal(), rng.normal()]);
    const labels = [0, 1, 2, 0, 1, 2];
    for (const { kind, params, make } of heads) {
      const head = make({ inputDim: 2, numClasses: 3, seed: 5 });
      const W = head.weights.arraySync();
      // margin off: m = 1 for L-/A-Softmax, m = 0 for CosFace/ArcFace
      const plain = refLogits(kind, x, W, labels, { ...params, m: kind === "lSoftmax" || kind === "aSoftmax" ? 1 : 0 });
      const scores = head.scores(x).arraySync();
      scores.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - plain[i][j])).toBeLessThan(1e-5 * Math.max(1, Math.abs(plain[i][j])))));
      const predicted = Array.from(head.predict(x).dataSync());
      expect(predicted).toEqual(scores.map((row) => row.indexOf(Math.max(...row))));
      const before = tf.memory().numTensors;
      tf.dispose([head.loss(x, labels), head.logits(x, labels), head.scores(x), head.predict(x), head.cosines(x)]);
      const { value, grads } = tf.variableGrads(() => head.loss(x, labels), head.trainableVariables);
      tf.dispose([value, ...Object.values(grads)]);
      expect(tf.memory().numTensors).toBe(before);
      head.dispose();
    }
  });

  it("trains: 25 Adam steps on three angular clusters bring every head to 100 % accuracy", () => {
    const rng = new Rng(21);
    const centres = [0.3, 2.4, 4.4];
    const labels = Array.from({ length: 30 }, (_, i) => i % 3);
    const x = labels.map((y) => {
      const a = centres[y] + rng.normal(0, 0.15);
      const r = 1 + rng.uniform(0, 2);
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    const xt = tf.tensor2d(x);
    for (const { name, make } of heads) {
      const head = make({ inputDim: 2, numClasses: 3, seed: 1 });
      const optimizer = tf.train.adam(0.1);
      const first = head.loss(xt, labels).dataSync()[0];
      for (let step = 0; step < 25; step++) {
        optimizer.minimize(() => head.loss(xt, labels), false, head.trainableVariables); // returns null: no cost kept
        head.step();
      }
      const last = head.loss(xt, labels).dataSync()[0];
      expect(last).toBeLessThan(first);
      const accuracy = Array.from(head.predict(xt).dataSync()).filter((p, i) => p === labels[i]).length / labels.length;
      if (accuracy < 1) throw new Error(`${name}: accuracy ${accuracy} after training`);
      optimizer.dispose();
      head.dispose();
    }
  });

  it("step() advances only the annealed heads; dispose() frees the variables", () => {
    const a = new ASoftmaxHead({ inputDim: 2, numClasses: 2 });
    a.step();
    expect(a.iteration).toBe(1);
    const s = new SoftmaxHead({ inputDim: 2, numClasses: 2 });
    s.step();
    const before = tf.memory().numTensors;
    s.dispose();
    expect(tf.memory().numTensors).toBe(before - 2);
    expect(s.weights.isDisposed).toBe(true);
    a.dispose();
  });
});
