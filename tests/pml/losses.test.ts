// The metric-learning losses against plain float64 loops of their formulas (tests/pml/loops.ts),
// finite differences, extreme inputs, empty cases and bad input.
import {
  CircleLoss,
  ContrastiveLoss,
  CosineSimilarity,
  InputTypeError,
  LpDistance,
  MeanReducer,
  MultiSimilarityLoss,
  NTXentLoss,
  ProxyAnchorLoss,
  Rng,
  ShapeError,
  SubCenterArcFaceLoss,
  SupConLoss,
  TripletMarginLoss,
  ValueError,
  tf,
  type MetricLossFunction,
} from "losslab";
import { expectClose, expectFinite, finiteDifferences } from "../losses/helpers";
import { expectRefused } from "./fixture";
import * as loops from "./loops";

const rng = new Rng(11);
const matrix = (n: number, d: number, scale = 1) => Array.from({ length: n }, () => Array.from({ length: d }, () => scale * rng.normal()));
const e = matrix(12, 5);
const y = Array.from({ length: 12 }, (_, i) => i % 3);
const proxies = matrix(3, 5);
const W = matrix(5, 6);

const value = (loss: MetricLossFunction, emb: number[][], labels: number[]) => tf.tidy(() => loss.forward(emb, labels).dataSync()[0]);

const cases: [string, () => MetricLossFunction, (emb: number[][], labels: number[]) => number][] = [
  ["ContrastiveLoss", () => new ContrastiveLoss(), (m, l) => loops.contrastive(m, l)],
  ["ContrastiveLoss 0.3/0.9", () => new ContrastiveLoss({ posMargin: 0.3, negMargin: 0.9 }), (m, l) => loops.contrastive(m, l, 0.3, 0.9)],
  ["TripletMarginLoss", () => new TripletMarginLoss(), (m, l) => loops.triplet(m, l, 0.2)],
  ["TripletMarginLoss 0.4", () => new TripletMarginLoss({ margin: 0.4 }), (m, l) => loops.triplet(m, l, 0.4)],
  ["MultiSimilarityLoss", () => new MultiSimilarityLoss(), (m, l) => loops.multiSimilarity(m, l)],
  ["CircleLoss", () => new CircleLoss(), (m, l) => loops.circle(m, l)],
  ["CircleLoss 0.25/256", () => new CircleLoss({ m: 0.25, gamma: 256 }), (m, l) => loops.circle(m, l, 0.25, 256)],
  ["NTXentLoss", () => new NTXentLoss(), (m, l) => loops.ntXent(m, l)],
  ["NTXentLoss 0.01", () => new NTXentLoss({ temperature: 0.01 }), (m, l) => loops.ntXent(m, l, 0.01)],
  ["SupConLoss", () => new SupConLoss(), (m, l) => loops.supCon(m, l)],
  ["ProxyAnchorLoss", () => new ProxyAnchorLoss({ numClasses: 3, embeddingSize: 5, proxies }), (m, l) => loops.proxyAnchor(m, l, proxies)],
  ["SubCenterArcFaceLoss", () => new SubCenterArcFaceLoss({ numClasses: 3, embeddingSize: 5, subCenters: 2, weights: W }), (m, l) => loops.subCenterArcFace(m, l, W, 3, 2, (0.5 * 180) / Math.PI)],
];

describe("metric-learning losses: plain loops of the formulas", () => {
  it.each(cases)("%s", (_n, make, loop) => {
    const expected = loop(e, y);
    expect(expected).toBeGreaterThan(0);
    expectClose([value(make(), e, y)], [expected], { rel: 5e-5, label: "loss" });
  });

  it.each(cases)("%s at extreme inputs: embeddings of norm 1e4 and 1e-4, and all rows equal, stay finite", (_n, make) => {
    const loss = make();
    for (const emb of [matrix(12, 5, 1e4), matrix(12, 5, 1e-4), Array.from({ length: 12 }, () => [1, 2, 3, 4, 5])]) {
      const x = tf.variable(tf.tensor2d(emb));
      const { value: v, grads } = tf.variableGrads(() => loss.forward(x, y), [x]);
      expectFinite(v.dataSync(), "loss");
      expectFinite(grads[x.name].dataSync(), "gradient");
      tf.dispose([v, x, ...Object.values(grads)]);
    }
  });
});

describe("gradients: finite differences of the plain loops", () => {
  const small = matrix(6, 5);
  const labels = [0, 0, 1, 1, 2, 2];
  // not the circle loss: its weights [1 + m − s]₊ and [s + m]₊ are constants of its gradient (pml's
  // detach, the paper's), so it is not the derivative of the formula; pml's autograd is its reference
  it.each(cases.filter(([n]) => !n.startsWith("Circle") && !n.includes("0.01")))("%s", (_n, make, loop) => {
    const loss = make();
    const got = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => loss.forward(x, labels))(tf.tensor2d(small)).dataSync()));
    const fd = finiteDifferences((x) => loop(Array.from({ length: 6 }, (_, i) => x.slice(i * 5, i * 5 + 5)), labels), small.flat());
    expectClose(got, fd, { rel: 2e-3, scale: Math.max(...fd.map(Math.abs)), label: "gradient" });
  });
});

describe("batches with nothing to learn from", () => {
  it.each(cases.filter(([n]) => !n.startsWith("SubCenter") && !n.startsWith("ProxyAnchor")))("%s: one class only gives a finite loss and gradients, and a single row a zero", (_n, make) => {
    const loss = make();
    const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => loss.forward(x, [0, 0, 0]))(tf.tensor2d(matrix(3, 5))).dataSync()));
    expectFinite(g, "gradient");
    expect(value(loss, [[1, 2, 3, 4, 5]], [4])).toBe(0);
  });

  it("the contrastive loss with no negative pair is its positive term alone", () => {
    const emb = matrix(4, 5);
    const expected = loops.contrastive(emb, [1, 1, 1, 1], 0.1, 1);
    expectClose([value(new ContrastiveLoss({ posMargin: 0.1 }), emb, [1, 1, 1, 1])], [expected], { rel: 1e-5 });
  });
});

describe("bad input: refused before computing, naming the argument, with no tensor left", () => {
  const loss = new ContrastiveLoss();
  const proxyAnchor = new ProxyAnchorLoss({ numClasses: 3, embeddingSize: 5, proxies });
  const subCenter = new SubCenterArcFaceLoss({ numClasses: 3, embeddingSize: 4 });
  it.each([
    ["a misspelt option", () => new ContrastiveLoss({ pos_margin: 0.1 } as never), InputTypeError, /ContrastiveLoss.*'pos_margin'.*posMargin/],
    ["a distance by name", () => new TripletMarginLoss({ distance: "cosine" as never }), InputTypeError, /TripletMarginLoss.*'distance'/],
    ["a reducer by name", () => new SupConLoss({ reducer: "mean" as never }), ValueError, /SupConLoss.*'reducer'/],
    ["a temperature of 0", () => new NTXentLoss({ temperature: 0 }), ValueError, /NTXentLoss.*'temperature'/],
    ["circle loss on L2", () => new CircleLoss({ distance: new LpDistance() }), InputTypeError, /CircleLoss.*'distance'/],
    ["labels of another length", () => loss.forward(e, [0, 1]), ShapeError, /ContrastiveLoss.*'labels'/],
    ["NaN embeddings", () => loss.forward([[NaN, 1], [0, 1]], [0, 1]), ValueError, /ContrastiveLoss.*'embeddings'/],
    ["a tuple row out of range", () => loss.forward(e, y, { a: [0], p: [3], n: [12] }), ValueError, /ContrastiveLoss.*'indicesTuple.n'/],
    ["a tuple of unequal lists", () => loss.forward(e, y, { a: [0, 1], p: [3], n: [1] }), ShapeError, /ContrastiveLoss.*'indicesTuple.p'/],
    ["a tuple with other keys", () => loss.forward(e, y, { anchors: [0] } as never), InputTypeError, /ContrastiveLoss.*'indicesTuple'/],
    ["a float tuple tensor", () => loss.forward(e, y, { a: tf.tensor1d([0]), p: tf.tensor1d([3]), n: tf.tensor1d([1]) }), InputTypeError, /ContrastiveLoss.*'indicesTuple.a'/],
    ["a label beyond the proxies", () => proxyAnchor.forward(e, y.map((l) => l + 1)), ValueError, /ProxyAnchorLoss.*'labels'.*0 … 2/],
    ["embeddings of another size", () => subCenter.forward(e, y), ShapeError, /SubCenterArcFaceLoss.*'embeddings'/],
    ["proxies of another shape", () => new ProxyAnchorLoss({ numClasses: 3, embeddingSize: 5, proxies: W }), ShapeError, /ProxyAnchorLoss.*'proxies'/],
  ])("%s", (_n, call, type, message) => {
    // the float tuple case creates its own three tensors in the call expression, once per call
    expectRefused(call, type, message as RegExp, _n === "a float tuple tensor" ? 6 : 0);
  });

  it("a forward call leaves no tensor behind, with or without a tuple", () => {
    const before = tf.memory().numTensors;
    for (const [, make] of cases.filter(([n]) => !n.startsWith("SubCenter") && !n.startsWith("ProxyAnchor"))) {
      const l = make();
      l.forward(e, y).dispose();
      l.forward(e, y, { a: [0, 1], p: [3, 4], n: [1, 2] }).dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it("reducers and measures are shared objects: a loss built with them uses them", () => {
    const r = new MeanReducer();
    const d = new CosineSimilarity();
    const l = new ContrastiveLoss({ reducer: r, distance: d });
    expect(l.reducer).toBe(r);
    expect(l.distance).toBe(d);
  });
});
