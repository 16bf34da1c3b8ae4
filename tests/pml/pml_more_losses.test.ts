// The pml losses and regularizers added after pml_reference.json (NPairsLoss, InstanceLoss,
// LiftedStructureLoss, GeneralizedLiftedStructureLoss, MarginLoss, NCALoss, FastAPLoss; LpRegularizer,
// ZeroMeanRegularizer, CenterInvariantRegularizer, RegularFaceRegularizer, SparseCentersRegularizer,
// and a loss's embeddingRegularizer) against pytorch-metric-learning 2.9.0's values and autograd
// gradients on the same float64 inputs (tests/fixtures/pml/pml_reference_more.json): batches, an
// all-zero row, one class only (no negative), every label distinct (no positive), mined triplets,
// mined pairs and an empty tuple (nothing valid: a differentiable zero).
import {
  CenterInvariantRegularizer,
  FastAPLoss,
  InputTypeError,
  InstanceLoss,
  LiftedStructureLoss,
  LpDistance,
  LpRegularizer,
  MarginLoss,
  NCALoss,
  NPairsLoss,
  ProxyAnchorLoss,
  ArcFaceLoss,
  CosFaceLoss,
  SubCenterArcFaceLoss,
  ProxyNCALoss,
  SoftTripleLoss,
  RegularFaceRegularizer,
  ShapeError,
  SparseCentersRegularizer,
  ValueError,
  ZeroMeanRegularizer,
  tf,
  type BaseRegularizer,
  type MetricLossFunction,
} from "losslab";
import { expectClose } from "../losses/helpers";
import { PML_LOSSES, expectRefused, largest, measureOf, tupleOf, type DistanceSpec } from "./fixture";
import { pmlMore } from "./fixture_more";

const REGULARIZERS: Record<string, () => BaseRegularizer> = {
  lp: () => new LpRegularizer(),
  lp1sq: () => new LpRegularizer({ p: 1, power: 2 }),
  zeroMean: () => new ZeroMeanRegularizer(),
  centerInvariant: () => new CenterInvariantRegularizer(),
  regularFace: () => new RegularFaceRegularizer(),
  sparseCenters: () => new SparseCentersRegularizer({ numClasses: 3, centersPerClass: 3 }),
};


function lossOf(name: string, options: Record<string, unknown>): MetricLossFunction {
  const o: Record<string, unknown> = { ...options };
  if (o.distance !== undefined) o.distance = measureOf(o.distance as DistanceSpec);
  if (o.embeddingRegularizer !== undefined) o.embeddingRegularizer = REGULARIZERS[o.embeddingRegularizer as string]();
  return PML_LOSSES[name](o as never);
}

const { inputs, tuples, cases } = pmlMore.losses;

describe("losses: pml 2.9.0's values and gradients", () => {
  const named = cases.map((c: any) => [`${c.loss} ${JSON.stringify(c.options)} on ${c.input}${c.tuple ? ` with ${c.tuple}` : ""}`, c]);
  it.each(named as [string, any][])("%s", (_name, c) => {
    const loss = lossOf(c.loss, c.options);
    const inp = inputs[c.input];
    const tuple = c.tuple === null ? undefined : tupleOf(tuples[c.tuple]);
    const x = tf.variable(tf.tensor2d(inp.embeddings));
    const before = tf.memory().numTensors;
    const params = loss instanceof MarginLoss && loss.learnBeta ? [x, loss.beta] : [x];
    const { value, grads } = tf.variableGrads(() => loss.forward(x, inp.labels, tuple), params);
    const v = value.dataSync()[0];
    const g = Array.from(grads[x.name].dataSync());
    // where pml's value is NaN (a mean over no element), losslab's is a differentiable zero
    const expectedGrad: number[] = c.value === null ? g.map(() => 0) : c.gradEmbeddings.flat();
    if (c.value === null) expect(c.pmlValue).toBe("NaN");
    // scale 1e-2: a small value made of terms of size up to γ = 64 (InstanceLoss) is known to float32 only that far
    expectClose([v], [c.value ?? 0], { rel: 1e-5, scale: 1e-2, label: "value" });
    expectClose(g, expectedGrad, { rel: 1e-5, scale: largest(expectedGrad), label: "gradient" });
    if (c.gradBeta !== undefined) {
      const gb = Array.from(grads[(loss as MarginLoss).beta.name].dataSync());
      expectClose(gb, c.gradBeta, { rel: 1e-5, scale: largest(c.gradBeta), label: "β gradient" });
    }
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
    if (loss instanceof MarginLoss) loss.dispose();
  });

  it("the fixture has zero losses (nothing valid) and non-zero ones", () => {
    const values = cases.map((c: any) => c.value);
    expect(values.filter((v: number) => v === 0).length).toBeGreaterThan(5);
    expect(values.filter((v: number) => v > 0.01).length).toBeGreaterThan(60);
  });
});

describe("losses with class centres (ProxyNCALoss, SoftTripleLoss): pml 2.9.0's values and gradients, centres included", () => {
  const centreRegularizers: Record<string, () => BaseRegularizer> = { ...REGULARIZERS, sparseCenters2: () => new SparseCentersRegularizer({ numClasses: 3, centersPerClass: 2 }) };
  const named = pmlMore.centreLosses.cases.map((c: any) => [`${c.loss} ${JSON.stringify(c.options)} on ${c.input}${c.tuple ? ` with ${c.tuple}` : ""}`, c]);
  it.each(named as [string, any][])("%s", (_name, c) => {
    const o: Record<string, unknown> = { ...c.options, numClasses: 3, embeddingSize: 4 };
    if (o.distance !== undefined) o.distance = measureOf(o.distance as DistanceSpec);
    if (o.weightRegularizer !== undefined) o.weightRegularizer = centreRegularizers[o.weightRegularizer as string]();
    const loss = c.loss === "ProxyNCALoss" ? new ProxyNCALoss({ ...o, proxies: c.start } as never) : new SoftTripleLoss({ ...o, weights: c.start } as never);
    const centres = loss instanceof ProxyNCALoss ? loss.proxies : (loss as SoftTripleLoss).W;
    const inp = inputs[c.input];
    const x = tf.variable(tf.tensor2d(inp.embeddings));
    const before = tf.memory().numTensors;
    const tuple = c.tuple === null ? undefined : tupleOf(tuples[c.tuple]);
    const { value, grads } = tf.variableGrads(() => loss.forward(x, inp.labels, tuple), [x, centres]);
    expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
    const ge: number[] = c.gradEmbeddings.flat(), gc: number[] = c.gradCentres.flat();
    expectClose(Array.from(grads[x.name].dataSync()), ge, { rel: 1e-5, scale: largest(ge), label: "gradient (embeddings)" });
    expectClose(Array.from(grads[centres.name].dataSync()), gc, { rel: 1e-5, scale: largest(gc), label: "gradient (centres)" });
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, centres]);
  });

  it("seeded starts: the same seed gives the same centres; SoftTriple's lie within pml's Kaiming-uniform bound", () => {
    const a = new SoftTripleLoss({ numClasses: 3, embeddingSize: 4, seed: 5 }), b = new SoftTripleLoss({ numClasses: 3, embeddingSize: 4, seed: 5 });
    const w = Array.from(a.W.dataSync());
    expect(Array.from(b.W.dataSync())).toEqual(w);
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(30));
    expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.8 / Math.sqrt(30));
    const p = new ProxyNCALoss({ numClasses: 3, embeddingSize: 4, seed: 5 });
    expect(p.proxies.shape).toEqual([3, 4]);
    tf.dispose([a.W, b.W, p.proxies]);
  });
});

describe("weightRegularizer on the other losses with class vectors (ProxyAnchor, ArcFace, CosFace, SubCenterArcFace): pml 2.9.0", () => {
  const centreRegularizers: Record<string, () => BaseRegularizer> = { ...REGULARIZERS, sparseCenters2: () => new SparseCentersRegularizer({ numClasses: 3, centersPerClass: 2 }) };
  const make: Record<string, (o: Record<string, unknown>, start: number[][]) => MetricLossFunction & { proxies?: tf.Variable; W?: tf.Variable }> = {
    ProxyAnchorLoss: (o, start) => new ProxyAnchorLoss({ ...o, proxies: start } as never),
    // pml 2.9.0's ArcFace margins are degrees (28.6 by default)
    ArcFaceLoss: (o, start) => new ArcFaceLoss({ ...o, weights: start, marginDegrees: 28.6 } as never),
    CosFaceLoss: (o, start) => new CosFaceLoss({ ...o, weights: start } as never),
    SubCenterArcFaceLoss: (o, start) => new SubCenterArcFaceLoss({ ...o, weights: start, marginDegrees: 28.6 } as never),
  };
  const named = pmlMore.weightRegularized.cases.map((c: any) => [`${c.loss} ${JSON.stringify(c.options)} on ${c.input}`, c]);
  it.each(named as [string, any][])("%s", (_name, c) => {
    const o: Record<string, unknown> = { ...c.options, numClasses: 3, embeddingSize: 4, weightRegularizer: centreRegularizers[c.options.weightRegularizer]() };
    const loss = make[c.loss](o, c.start);
    const centres = (loss.proxies ?? loss.W) as tf.Variable;
    const inp = inputs[c.input];
    const x = tf.tidy(() => tf.variable(tf.tensor2d(inp.embeddings)));
    const { value, grads } = tf.variableGrads(() => loss.forward(x, inp.labels), [x, centres]);
    expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
    const ge: number[] = c.gradEmbeddings.flat(), gc: number[] = c.gradCentres.flat();
    expectClose(Array.from(grads[x.name].dataSync()), ge, { rel: 1e-5, scale: largest(ge), label: "gradient (embeddings)" });
    expectClose(Array.from(grads[centres.name].dataSync()), gc, { rel: 1e-5, scale: largest(gc), label: "gradient (class vectors)" });
    tf.dispose([value, x, centres, ...Object.values(grads)]);
  });
});

describe("regularizers: pml 2.9.0's values and gradients", () => {
  const { inputs: rin, cases: rcases } = pmlMore.regularizers;
  it.each(rcases.map((c: any) => [`${c.regularizer} on ${c.input}`, c]) as [string, any][])("%s", (_n, c) => {
    const reg = REGULARIZERS[c.regularizer]();
    const x = tf.variable(tf.tensor2d(rin[c.input]));
    const { value, grads } = tf.variableGrads(() => reg.forward(x), [x]);
    expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-3, label: "value" });
    const expected: number[] = c.grad.flat();
    expectClose(Array.from(grads[x.name].dataSync()), expected, { rel: 1e-5, scale: largest(expected), label: "gradient" });
    tf.dispose([value, x, ...Object.values(grads)]);
  });
});

describe("bad input: refused before computing, naming the argument, with no tensor left", () => {
  const e = inputs.batch.embeddings, y = inputs.batch.labels;
  const twoBetas = new MarginLoss({ numClasses: 2 });
  const proxyNca = new ProxyNCALoss({ numClasses: 3, embeddingSize: 4 });
  it.each([
    ["a misspelt option", () => new LiftedStructureLoss({ neg_margin: 1 } as never), InputTypeError, /LiftedStructureLoss.*'neg_margin'.*negMargin/],
    ["an InstanceLoss on L2", () => new InstanceLoss({ distance: new LpDistance() }), InputTypeError, /InstanceLoss.*'distance'/],
    ["an indices tuple to InstanceLoss", () => new InstanceLoss().forward(e, y, { a: [0], p: [1], n: [2] }), InputTypeError, /InstanceLoss.*'indicesTuple'/],
    ["FastAP on raw embeddings", () => new FastAPLoss({ distance: new LpDistance({ normalizeEmbeddings: false }) }), InputTypeError, /FastAPLoss.*'distance'/],
    ["FastAP with 0 bins", () => new FastAPLoss({ numBins: 0 }), ValueError, /FastAPLoss.*'numBins'/],
    ["an NCA scale of 0", () => new NCALoss({ softmaxScale: 0 }), ValueError, /NCALoss.*'softmaxScale'/],
    ["a label beyond MarginLoss's β", () => twoBetas.forward(e, y), ValueError, /MarginLoss.*'labels'.*0 … 1/],
    ["a regularizer by name", () => new NPairsLoss({ embeddingRegularizer: "lp" as never }), InputTypeError, /NPairsLoss.*'embeddingRegularizer'/],
    ["a negative regularizer weight is allowed, NaN is not", () => new NPairsLoss({ embeddingRegWeight: NaN }), ValueError, /NPairsLoss.*'embeddingRegWeight'/],
    ["RegularFace on a distance", () => new RegularFaceRegularizer({ distance: new LpDistance() }), InputTypeError, /RegularFaceRegularizer.*'distance'/],
    ["CenterInvariant on normalised rows", () => new CenterInvariantRegularizer({ distance: new LpDistance() }), InputTypeError, /CenterInvariantRegularizer.*'distance'/],
    ["one centre per class", () => new SparseCentersRegularizer({ numClasses: 3, centersPerClass: 1 }), ValueError, /SparseCentersRegularizer.*'centersPerClass'/],
    ["centres of another count", () => new SparseCentersRegularizer({ numClasses: 3, centersPerClass: 2 }).forward(e), ShapeError, /SparseCentersRegularizer.*'x'/],
    ["a regularizer of a vector", () => new LpRegularizer().forward([1, 2]), ShapeError, /LpRegularizer.*'x'/],
    ["an LpRegularizer with p < 1", () => new LpRegularizer({ p: 0.5 }), ValueError, /LpRegularizer.*'p'/],
    ["SoftTriple on a distance", () => new SoftTripleLoss({ numClasses: 3, embeddingSize: 4, distance: new LpDistance() }), InputTypeError, /SoftTripleLoss.*'distance'/],
    ["a weight regularizer by name", () => new ProxyNCALoss({ numClasses: 3, embeddingSize: 4, weightRegularizer: "lp" as never }), InputTypeError, /ProxyNCALoss.*'weightRegularizer'/],
    ["a ProxyNCA label beyond the proxies", () => proxyNca.forward(e, y.map((l: number) => l + 1)), ValueError, /ProxyNCALoss.*'labels'.*0 … 2/],
  ])("%s", (_n, call, type, message) => expectRefused(call, type, message as RegExp));
  afterAll(() => tf.dispose([twoBetas.beta, proxyNca.proxies]));
});
