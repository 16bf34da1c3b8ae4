// The pml classes added after pml_reference_more.json (AngularLoss, …) against pytorch-metric-learning
// 2.9.0's values and autograd gradients on the same float64 inputs (tests/fixtures/pml/pml_reference_extra.json):
// a batch, an all-zero row, embeddings ×1e3 and ×1e-3, one class only (no negative), every label distinct
// (no positive), reference embeddings, mined triplets, mined pairs and an empty tuple (a differentiable zero).
import {
  AngularLoss,
  CircleLoss,
  ClassWeightedReducer,
  PerAnchorReducer,
  ContrastiveLoss,
  HistogramLoss,
  InputTypeError,
  LpDistance,
  MultiSimilarityLoss,
  NTXentLoss,
  P2SGradLoss,
  SELF_SUPERVISED_LOSSES,
  SelfSupervisedLoss,
  SignalToNoiseRatioContrastiveLoss,
  SNRDistance,
  SmoothAPLoss,
  ShapeError,
  SumReducer,
  TripletMarginLoss,
  VICRegLoss,
  ValueError,
  tf,
  type MetricLossFunction,
} from "losslab";
import { expectClose, finiteDifferences } from "../losses/helpers";
import { PML_LOSSES, expectRefused, optionObjects, tupleOf } from "./fixture";
import { caseName, largest, pmlExtra } from "./fixture_extra";

const lossOf = (name: string, options: Record<string, unknown>): MetricLossFunction => PML_LOSSES[name](optionObjects(options) as never);

const { inputs, tuples, cases } = pmlExtra.losses;

/** A labelled loss's value and gradients (embeddings, references) against a fixture case, with no tensor left. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function expectLossCase(c: any, inputs: any, tuples: any): void {
    const inp = inputs[c.input];
    const tuple = c.tuple === null ? undefined : tupleOf(tuples[c.tuple]);
    const loss = lossOf(c.loss, c.options);
    const x = tf.variable(tf.tensor2d(inp.embeddings));
    const r = inp.refEmbeddings === undefined ? undefined : tf.variable(tf.tensor2d(inp.refEmbeddings));
    const before = tf.memory().numTensors;
    const { value, grads } = tf.variableGrads(() => loss.forward(x, inp.labels, tuple, r, inp.refLabels), r === undefined ? [x] : [x, r]);
    const v = value.dataSync()[0];
    expectClose([v], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
    const g = Array.from(grads[x.name].dataSync());
    const expected: number[] = c.gradEmbeddings.flat();
    // HistogramLoss's gradient sums terms ±(1/Δ)·(density share) = ±50/K at 100 bins that largely cancel:
    // float32 keeps it to ~1e-5 of those terms, a few 1e-5 of the result (seen 1.3e-5 on wasm)
    const rel = c.loss === "HistogramLoss" ? 5e-5 : 1e-5;
    expectClose(g, expected, { rel, scale: largest(expected), label: "gradient" });
    if (r !== undefined) {
      const expectedRef: number[] = c.gradRef.flat();
      expectClose(Array.from(grads[r.name].dataSync()), expectedRef, { rel: 1e-5, scale: largest(expectedRef), label: "reference gradient" });
    }
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, ...(r === undefined ? [] : [r])]);
}

describe("losses: pml 2.9.0's values and gradients (embeddings and references)", () => {
  for (const c of cases) it(caseName(c), () => expectLossCase(c, inputs, tuples));

  it("the fixture has zero losses (nothing valid) and non-zero ones", () => {
    const values = cases.map((c: any) => c.value);
    expect(values.filter((v: number) => v === 0).length).toBeGreaterThanOrEqual(3);
    expect(values.filter((v: number) => v > 0.01).length).toBeGreaterThan(15);
  });
});

describe("AngularLoss", () => {
  it("its gradient agrees with finite differences of its own value (the gather and the normalisation included)", () => {
    const inp = inputs.batch;
    const loss = new AngularLoss();
    const f = (flat: number[]) => tf.tidy(() => loss.forward(tf.tensor2d(flat, [10, 4]), inp.labels).dataSync()[0]);
    const x0: number[] = inp.embeddings.flat();
    const numeric = finiteDifferences(f, x0, 1e-2);
    const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => loss.forward(x, inp.labels))(tf.tensor2d(inp.embeddings)).dataSync()));
    expectClose(g, numeric, { rel: 2e-2, scale: largest(numeric), label: "finite differences" });
  });

  it("takes α in radians or degrees (one of them), refuses other distances and bad angles before computing", () => {
    expect(new AngularLoss().alpha).toBeCloseTo((40 * Math.PI) / 180, 12);
    expect(new AngularLoss({ alphaDegrees: 30 }).alpha).toBeCloseTo(Math.PI / 6, 12);
    expectRefused(() => new AngularLoss({ alpha: 40 }), ValueError, /AngularLoss: argument 'alpha' must be an angle in radians in \(0, π\/2\) \(for pml's degrees pass 'alphaDegrees': 40\)/);
    expectRefused(() => new AngularLoss({ alpha: 0.5, alphaDegrees: 30 }), ValueError, /argument 'alphaDegrees' must be left out when 'alpha'/);
    expectRefused(() => new AngularLoss({ alphaDegrees: 90 }), ValueError, /argument 'alphaDegrees'/);
    expectRefused(() => new AngularLoss({ distance: new LpDistance({ power: 2 }) }), InputTypeError, /AngularLoss: argument 'distance' must be new LpDistance\(\)/);
    expectRefused(() => new AngularLoss({ alpah: 1 } as never), Error, /did you mean 'alpha'/);
    const loss = new AngularLoss();
    expectRefused(() => loss.forward([[1, 2], [3, 4]], [0]), Error, /AngularLoss/);
  });
});

/**
 * A two-view loss's value and gradients with respect to both views against a case of the fixture
 * (value to relative 1e-5 at scale 1e-2, each gradient relative to its largest entry), with no tensor left.
 */
function expectViewsCase(forward: (a: tf.Tensor, b: tf.Tensor) => tf.Scalar, pair: number[][][], c: any): void {
  const a = tf.variable(tf.tensor2d(pair[0]));
  const b = tf.variable(tf.tensor2d(pair[1]));
  const before = tf.memory().numTensors;
  const { value, grads } = tf.variableGrads(() => forward(a, b), [a, b]);
  expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
  for (const [v, expected] of [[a, c.gradEmbeddings], [b, c.gradRef]] as [tf.Variable, number[][]][]) {
    const flat = expected.flat();
    expectClose(Array.from(grads[v.name].dataSync()), flat, { rel: 1e-5, scale: largest(flat), label: `gradient of ${v === a ? "embeddings" : "refEmbeddings"}` });
  }
  tf.dispose([value, ...Object.values(grads)]);
  expect(tf.memory().numTensors).toBe(before);
  tf.dispose([a, b]);
}

describe("VICRegLoss: pml 2.9.0's values and gradients of both views", () => {
  const { views, cases: vicregCases } = pmlExtra.vicreg;
  for (const c of vicregCases) it(caseName(c), () => expectViewsCase((a, b) => new VICRegLoss(optionObjects(c.options)).forward(a, b), views[c.input], c));

  it("its gradient agrees with finite differences (the square root of the variance, the covariance's off-diagonal)", () => {
    const [v1, v2] = views.views as number[][][];
    const loss = new VICRegLoss({ invarianceLambda: 1, varianceMu: 1 });
    const f = (flat: number[]) => tf.tidy(() => loss.forward(tf.tensor2d(flat, [8, 5]), v2).dataSync()[0]);
    const numeric = finiteDifferences(f, v1.flat(), 1e-2);
    const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => loss.forward(x, v2))(tf.tensor2d(v1)).dataSync()));
    expectClose(g, numeric, { rel: 2e-2, scale: largest(numeric), label: "finite differences" });
  });

  it("refuses a distance, a regularizer, one row, unpaired views and bad weights, before computing", () => {
    expectRefused(() => new VICRegLoss({ distance: new LpDistance() } as never), Error, /VICRegLoss: argument 'distance' must be one of the options/);
    expectRefused(() => new VICRegLoss({ embeddingRegularizer: 1 } as never), Error, /VICRegLoss: argument 'embeddingRegularizer' must be one of the options/);
    expectRefused(() => new VICRegLoss({ eps: 0 }), ValueError, /VICRegLoss: argument 'eps' must be a number > 0/);
    expectRefused(() => new VICRegLoss({ varianceMu: -1 }), ValueError, /argument 'varianceMu'/);
    const loss = new VICRegLoss();
    expectRefused(() => loss.forward([[1, 2]], [[1, 2]]), ShapeError, /VICRegLoss: argument 'embeddings' must be at least 2 rows/);
    expectRefused(() => loss.forward([[1, 2], [3, 4]], [[1, 2, 3], [3, 4, 5]]), ShapeError, /argument 'refEmbeddings' must be embeddings of the same size d = 2/);
    expectRefused(() => loss.forward([[1, 2], [3, 4]], [[1, 2]]), ShapeError, /argument 'refEmbeddings' must be as many rows as 'embeddings' \(2\)/);
    expectRefused(() => loss.forward([[1, NaN], [3, 4]], [[1, 2], [3, 4]]), Error, /VICRegLoss: argument 'embeddings'/);
  });
});

describe("SelfSupervisedLoss: pml 2.9.0's values and gradients of both views, each supported loss, symmetric or not", () => {
  const { views, cases: sslCases } = pmlExtra.selfSupervised;
  for (const c of sslCases) {
    it(`${caseName(c)} symmetric ${c.symmetric}`, () => {
      // pml 2.9.0's TripletMarginLoss margin is given explicitly in the fixture (losslab's default is pml 3's 0.2)
      const ssl = new SelfSupervisedLoss({ loss: lossOf(c.loss, c.options), symmetric: c.symmetric });
      expectViewsCase((a, b) => ssl.forward(a, b), views[c.input], c);
    });
  }

  it("covers every loss pml supports, and refuses the others and bad views", () => {
    expect(new Set(sslCases.map((c: any) => c.loss))).toEqual(new Set(SELF_SUPERVISED_LOSSES));
    expectRefused(() => new SelfSupervisedLoss({ loss: new VICRegLoss() as never }), InputTypeError, /SelfSupervisedLoss: argument 'loss' must be one of the losses pml supports here \(AngularLoss, CircleLoss/);
    expectRefused(() => new SelfSupervisedLoss({ loss: new NTXentLoss(), symetric: false } as never), Error, /did you mean 'symmetric'/);
    expectRefused(() => new SelfSupervisedLoss({ loss: new NTXentLoss(), symmetric: 1 as never }), InputTypeError, /argument 'symmetric'/);
    const ssl = new SelfSupervisedLoss({ loss: new NTXentLoss() });
    expectRefused(() => ssl.forward([[1, 2], [3, 4]], [[1, 2]]), ShapeError, /SelfSupervisedLoss: argument 'refEmbeddings' must be as many rows as 'embeddings'/);
  });
});

describe("SmoothAPLoss: pml 2.9.0 on batches sorted by class with m = C rows a class, the formula on the others", () => {
  const sap = pmlExtra.smoothAP;
  for (const c of sap.cases) it(`${caseName(c)} against ${c.reference}`, () => expectLossCase(c, sap.inputs, sap.tuples));

  it("where pml 2.9.0 groups rows by position (a shuffled 2 × 4 batch) it differs from the formula, which losslab follows", () => {
    const shuffled = sap.cases.filter((c: any) => c.input === "shuffled2x4");
    expect(shuffled.length).toBe(2);
    for (const c of shuffled) expect(Math.abs(c.pmlValue - c.value)).toBeGreaterThan(0.1);
  });

  it("refuses unequal class sizes, reference embeddings and other distances, before computing", () => {
    const loss = new SmoothAPLoss();
    expectRefused(() => loss.forward([[1, 0], [0, 1], [1, 1]], [0, 0, 1]), ValueError, /SmoothAPLoss: argument 'labels' must be the same number of rows for every class \(batches from MPerClassSampler\), but got class 0: 2, class 1: 1/);
    expectRefused(() => loss.forward([[1, 0], [0, 1]], [0, 1], undefined, [[1, 0]], [0]), InputTypeError, /SmoothAPLoss: argument 'refEmbeddings' must be no reference embeddings/);
    expectRefused(() => new SmoothAPLoss({ distance: new LpDistance() }), InputTypeError, /SmoothAPLoss: argument 'distance' must be new CosineSimilarity\(\)/);
    expectRefused(() => new SmoothAPLoss({ temperature: 0 }), ValueError, /argument 'temperature' must be a number > 0/);
  });
});

describe("P2SGradLoss: pml 2.9.0's value and gradients (embeddings and W), W rescaled to unit columns", () => {
  for (const c of pmlExtra.p2sGrad.cases) {
    it(`${c.input} against ${c.reference}${Math.max(...c.start.flat().map(Math.abs)) > 2 ? " (a start W far from unit columns)" : ""}`, () => {
      const inp = inputs[c.input];
      const loss = new P2SGradLoss({ numClasses: 3, embeddingSize: 4, weights: c.start });
      const x = tf.variable(tf.tensor2d(inp.embeddings));
      const before = tf.memory().numTensors;
      const { value, grads } = tf.variableGrads(() => loss.forward(x, inp.labels), [x, loss.W]);
      expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
      const gx: number[] = c.gradEmbeddings.flat();
      const gw: number[] = c.gradW.flat();
      expectClose(Array.from(grads[x.name].dataSync()), gx, { rel: 1e-5, scale: largest(gx), label: "gradient of the embeddings" });
      expectClose(Array.from(grads[loss.W.name].dataSync()), gw, { rel: 1e-5, scale: largest(gw), label: "gradient of W" });
      expectClose(Array.from(loss.W.dataSync()), c.W.flat(), { rel: 1e-6, scale: 1, label: "W after the call" });
      tf.dispose([value, ...Object.values(grads)]);
      expect(tf.memory().numTensors).toBe(before);
      x.dispose();
      loss.dispose();
    });
  }

  it("trains: W's columns stay of unit length and the loss falls under an optimizer", () => {
    const inp = inputs.batch;
    const loss = new P2SGradLoss({ numClasses: 3, embeddingSize: 4, seed: 5 });
    const x = tf.variable(tf.tensor2d(inp.embeddings));
    const optimizer = tf.train.sgd(0.5);
    const values: number[] = [];
    for (let step = 0; step < 20; step++) {
      const v = optimizer.minimize(() => loss.forward(x, inp.labels), true, [x, loss.W]) as tf.Scalar;
      values.push(v.dataSync()[0]);
      v.dispose();
    }
    expect(values[19]).toBeLessThan(0.8 * values[0]);
    const lengths = tf.tidy(() => {
      loss.forward(x, inp.labels); // rescales W's columns, as each call does
      return Array.from(tf.norm(loss.W, 2, 0).dataSync());
    });
    lengths.forEach((l) => expect(l).toBeCloseTo(1, 5));
    optimizer.dispose();
    x.dispose();
    loss.dispose();
  });

  it("refuses a reducer, a tuple, references, labels outside 0 … C − 1, a zero column and a wrong W shape, leaving no tensor", () => {
    expectRefused(() => new P2SGradLoss({ numClasses: 3, embeddingSize: 4, reducer: new SumReducer() }), InputTypeError, /P2SGradLoss: argument 'reducer' must be no reducer/);
    expectRefused(() => new P2SGradLoss({ numClasses: 2, embeddingSize: 2, weights: [[1, 0], [1, 0]] }), ValueError, /P2SGradLoss: argument 'weights' must be columns of length > 1e-5/);
    expectRefused(() => new P2SGradLoss({ numClasses: 2, embeddingSize: 2, weights: [[1, 0, 1]] }), ShapeError, /argument 'weights'/);
    const loss = new P2SGradLoss({ numClasses: 3, embeddingSize: 4 });
    const e = inputs.batch.embeddings;
    expectRefused(() => loss.forward(e, inputs.batch.labels, { a: [0], p: [1], n: [2] }), InputTypeError, /argument 'indicesTuple' must be no indices tuple/);
    expectRefused(() => loss.forward(e, inputs.batch.labels.map(() => 3)), ValueError, /P2SGradLoss: argument 'labels' must be class indices 0 … 2/);
    expectRefused(() => loss.forward(e, inputs.batch.labels, undefined, e, inputs.batch.labels), InputTypeError, /argument 'refEmbeddings'/);
    loss.dispose();
  });
});

describe("ClassWeightedReducer: mean_k w[y_k]·ℓ_k (float64 autograd from pml's unreduced losses), pml 2.9.0's value where its losses are flat", () => {
  const cw = pmlExtra.classWeighted;
  for (const c of cw.cases) {
    it(caseName(c), () => expectLossCase({ ...c, options: { ...c.options, reducer: new ClassWeightedReducer({ weights: cw.weights }) } }, inputs, tuples));
  }

  it("equals pml 2.9.0's ClassWeightedReducer except for the losses pml returns as a column [K, 1] (MultiSimilarity, Angular), which it broadcasts to mean(ℓ)·mean(w)", () => {
    const differs = cw.cases.filter((c: any) => Math.abs(c.pmlValue - c.value) > 1e-9 * Math.abs(c.value)).map((c: any) => c.loss);
    expect(new Set(differs)).toEqual(new Set(["MultiSimilarityLoss", "AngularLoss"]));
    expect(cw.cases.filter((c: any) => c.pmlValue === c.value).length).toBeGreaterThanOrEqual(14);
  });

  it("weights per anchor inside a PerAnchorReducer, and refuses labels beyond the weights, per-class elements and bad weights", () => {
    const inp = inputs.batch;
    const plain = new ContrastiveLoss({ reducer: new PerAnchorReducer() }).forward(inp.embeddings, inp.labels);
    const ones = new ContrastiveLoss({ reducer: new PerAnchorReducer({ reducer: new ClassWeightedReducer({ weights: [1, 1, 1] }) }) }).forward(inp.embeddings, inp.labels);
    expectClose([ones.dataSync()[0]], [plain.dataSync()[0]], { label: "unit weights = the plain mean" });
    tf.dispose([plain, ones]);
    const reducer = new ClassWeightedReducer({ weights: [1, 2] });
    expectRefused(() => new ContrastiveLoss({ reducer }).forward(inp.embeddings, inp.labels), ValueError, /ClassWeightedReducer: argument 'labels' must be class labels < 2, the number of weights, but got label 2/);
    expectRefused(() => new VICRegLoss({ reducer: new ClassWeightedReducer({ weights: [1] }) }).forward(inp.embeddings, inp.embeddings), ValueError, /ClassWeightedReducer: argument 'losses' must be losses given with their batch's labels/);
    expectRefused(() => new ClassWeightedReducer({ weights: [] }), ShapeError, /ClassWeightedReducer: argument 'weights' must be a non-empty list of class weights/);
    expectRefused(() => new ClassWeightedReducer({ weights: [1, NaN] }), Error, /ClassWeightedReducer: argument 'weights'/);
    expectRefused(() => new ClassWeightedReducer({ weight: [1] } as never), Error, /did you mean 'weights'/);
  });
});

describe("HistogramLoss", () => {
  it("a similarity of exactly 1 (equal directions) goes in the last bin: a finite value and gradient, where pml 2.9.0 indexes past its histogram", () => {
    const e = [[1, 0], [2, 0], [0, 1], [1, 1]];
    const loss = new HistogramLoss({ nBins: 4 });
    const x = tf.tensor2d(e);
    const { value, grad } = tf.valueAndGrad((v: tf.Tensor) => loss.forward(v, [0, 0, 1, 1]))(x);
    const v = value.dataSync()[0];
    // positives: cos(0, 1) = 1 (node 4), cos(2, 3) = 0.7071 (between nodes 3 and 4); negatives 0, 0.7071, 0, 0.7071
    // p⁺ = [0, 0, 0, 0.5858/2, (1 + 0.4142)/2], Φ⁺ = [0, 0, 0, 0.2929, 1]; p⁻ = [0, 0, 0.5, 0.2929, 0.2071]: L = 0.2929² + 0.2071
    const r = Math.SQRT1_2 / 0.5 - 1; // 0.7071 sits r of the way from node 3 to node 4
    expect(v).toBeCloseTo(((1 - r) / 2) ** 2 + r / 2, 5);
    expect(Array.from(grad.dataSync()).every(Number.isFinite)).toBe(true);
    tf.dispose([x, value, grad]);
  });

  it("refuses a reducer, references, other distances, and nBins and delta that disagree, before computing", () => {
    expectRefused(() => new HistogramLoss({ reducer: new SumReducer() }), InputTypeError, /HistogramLoss: argument 'reducer' must be no reducer/);
    expectRefused(() => new HistogramLoss({ distance: new LpDistance() }), InputTypeError, /argument 'distance' must be new CosineSimilarity\(\)/);
    expectRefused(() => new HistogramLoss({ nBins: 10, delta: 0.1 }), ValueError, /HistogramLoss: argument 'delta' must be 2 \/ nBins = 0.2 \(they must agree\)/);
    expectRefused(() => new HistogramLoss({ delta: 0.3 }), ValueError, /argument 'delta' must be 2 divided by a whole number of bins/);
    expectRefused(() => new HistogramLoss({ nBins: 0 }), ValueError, /argument 'nBins'/);
    expect(new HistogramLoss({ delta: 0.1 }).nBins).toBe(20);
    const e = inputs.batch.embeddings;
    expectRefused(() => new HistogramLoss().forward(e, inputs.batch.labels, undefined, e, inputs.batch.labels), InputTypeError, /HistogramLoss: argument 'refEmbeddings'/);
  });
});

describe("SNRDistance and SignalToNoiseRatioContrastiveLoss", () => {
  it("the matrix is Var(x − y)/Var(x) of the normalised rows (a float64 loop), not symmetric", () => {
    const e: number[][] = inputs.batch.embeddings.slice(0, 5);
    const norm = (x: number[]) => x.map((v) => v / Math.hypot(...x));
    const variance = (x: number[]) => {
      const m = x.reduce((a, b) => a + b, 0) / x.length;
      return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
    };
    const expected = e.map((x) => e.map((y) => variance(norm(x).map((v, k) => v - norm(y)[k])) / variance(norm(x))));
    const got = tf.tidy(() => new SNRDistance().matrix(tf.tensor2d(e)).arraySync() as number[][]);
    expectClose(got.flat(), expected.flat(), { rel: 1e-5, scale: 1, label: "SNR matrix" }); // entries of size ~1; the diagonal (0) to 1e-7 after cancellation
    expect(Math.abs(got[0][1] - got[1][0])).toBeGreaterThan(1e-3);
  });

  it("a zero or constant anchor row gives finite values and gradients (its variance floored; pml divides by 0)", () => {
    const e = [[0, 0, 0], [1, 2, 3], [1, 1, 1], [3, 1, 2]];
    const loss = new SignalToNoiseRatioContrastiveLoss();
    const { value, grad } = tf.valueAndGrad((x: tf.Tensor) => loss.forward(x, [0, 0, 1, 1]))(tf.tensor2d(e));
    expect(Number.isFinite(value.dataSync()[0])).toBe(true);
    expect(Array.from(grad.dataSync()).every(Number.isFinite)).toBe(true);
    tf.dispose([value, grad]);
  });

  it("refuses other distances, one coordinate, unknown options", () => {
    expectRefused(() => new SignalToNoiseRatioContrastiveLoss({ distance: new LpDistance() }), InputTypeError, /SignalToNoiseRatioContrastiveLoss: argument 'distance' must be new SNRDistance\(\)/);
    expectRefused(() => new SignalToNoiseRatioContrastiveLoss().forward([[1], [2]], [0, 0]), ShapeError, /SNRDistance.matrix: argument 'query' must be embeddings of size d >= 2/);
    expectRefused(() => new SNRDistance({ power: 2 } as never), Error, /SNRDistance: argument 'power'/);
  });
});
