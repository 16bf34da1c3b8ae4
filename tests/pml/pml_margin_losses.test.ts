// pml's margin-softmax losses under pml's names (ArcFaceLoss, SubCenterArcFaceLoss, CosFaceLoss,
// LargeMarginSoftmaxLoss, SphereFaceLoss) and the pair/triplet/proxy losses on a batch with an all-zero
// row, against pml 2.9.0's values and autograd gradients (tests/fixtures/pml/pml_margin_reference.json,
// scripts/fixtures/pml_margin_reference.py); margin units; miners' output into TripletMarginLoss.
import * as fs from "fs";
import * as path from "path";
import {
  ArcFaceLoss,
  CosFaceLoss,
  InputTypeError,
  LargeMarginSoftmaxLoss,
  SphereFaceLoss,
  SubCenterArcFaceLoss,
  TripletMarginLoss,
  TripletMarginMiner,
  ValueError,
  disposeIndicesTuple,
  mineBatchHard,
  tf,
  tripletTupleOf,
} from "losslab";
import { expectClose } from "../losses/helpers";
import { PML_LOSSES, expectRefused } from "./fixture";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fixture: any = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pml", "pml_margin_reference.json"), "utf8"));

interface Case {
  name: string;
  options: Record<string, unknown> & { loss: string };
  embeddings: number[][];
  labels: number[];
  loss: number;
  gradEmbeddings: number[][];
  W?: { value: number[][]; grad: number[][] };
  proxies?: { value: number[][]; grad: number[][] };
}


/** Each row of a gradient against pml's, to 1e-4 of that row's largest entry (a zero row's is ~1e12, the others ~1). */
function expectRowsClose(got: ArrayLike<number>, want: number[][], label: string): void {
  const d = want[0].length;
  want.forEach((row, i) => {
    const scale = Math.max(...row.map(Math.abs), 1e-3);
    expectClose(Array.from(got).slice(i * d, (i + 1) * d), row, { rel: 1e-4, scale, label: `${label} row ${i}` });
  });
}

describe.each([
  ["margin-softmax losses", fixture.marginLosses as Case[]],
  ["an all-zero embedding row", fixture.zeroRow as Case[]],
])("pml 2.9.0's values and gradients: %s", (_section, cases) => {
  it.each(cases.map((c) => [c.name, c]) as [string, Case][])("%s", (_n, c) => {
    const { loss: kind, ...options } = c.options;
    if (c.W !== undefined) options.weights = c.W.value;
    if (c.proxies !== undefined) options.proxies = c.proxies.value;
    const loss = PML_LOSSES[kind](options as never);
    const param = (loss as unknown as { W?: tf.Variable; proxies?: tf.Variable }).W ?? (loss as unknown as { proxies?: tf.Variable }).proxies;
    const e = tf.variable(tf.tensor2d(c.embeddings));
    const { value, grads } = tf.variableGrads(() => loss.forward(e, c.labels), param === undefined ? [e] : [e, param]);
    expectClose([value.dataSync()[0]], [c.loss], { rel: 2e-5, scale: 1, label: "loss" });
    expectRowsClose(grads[e.name].dataSync(), c.gradEmbeddings, "dL/dembeddings");
    const ref = c.W ?? c.proxies;
    if (param !== undefined && ref !== undefined) {
      const s = Math.max(...ref.grad.flat().map(Math.abs), 1e-3);
      expectClose(grads[param.name].dataSync(), ref.grad.flat(), { rel: 1e-4, scale: s, label: "dL/dW" });
    }
    tf.dispose([value, e, ...Object.values(grads)]);
    if (param !== undefined) param.dispose();
  });
});

describe("margin units: radians everywhere, pml 2's degrees only by name", () => {
  const base = { numClasses: 3, embeddingSize: 4, seed: 1 };
  it.each([
    ["ArcFaceLoss", (o: object) => new ArcFaceLoss({ ...base, ...o })],
    ["SubCenterArcFaceLoss", (o: object) => new SubCenterArcFaceLoss({ ...base, ...o })],
  ] as const)("%s: margin in radians (default 0.5, pml 3's), marginDegrees converts, 28.6 as radians is refused with the hint", (name, make) => {
    const loss = make({});
    expect(loss.margin).toBe(0.5);
    const degrees = make({ marginDegrees: 28.6 });
    expect(degrees.margin).toBeCloseTo((28.6 * Math.PI) / 180, 12);
    expect(make({ margin: 0.3 }).margin).toBe(0.3);
    expectRefused(() => make({ margin: 28.6 }), ValueError, new RegExp(`${name}: argument 'margin' must be an angle in radians.*'marginDegrees': 28.6`));
    expectRefused(() => make({ margin: 0.5, marginDegrees: 28.6 }), ValueError, new RegExp(`${name}: argument 'marginDegrees'.*one unit`));
    for (const l of [loss, degrees]) l.W.dispose();
  });

  it("a refused option creates no variable", () => {
    const before = tf.memory().numTensors;
    expect(() => new ArcFaceLoss({ ...base, margin: 7 })).toThrow(ValueError);
    expect(() => new SubCenterArcFaceLoss({ ...base, subCenters: 0 })).toThrow(ValueError);
    expect(() => new LargeMarginSoftmaxLoss({ ...base, margin: 2.5 })).toThrow(ValueError);
    expect(() => new CosFaceLoss({ ...base, margin: -1 })).toThrow(ValueError);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("pml's defaults: CosFace 0.35 / 64, L-Softmax and SphereFace m = 4, s = 1", () => {
    const losses = [new CosFaceLoss(base), new LargeMarginSoftmaxLoss(base), new SphereFaceLoss(base)];
    expect(losses.map((l) => [l.margin, l.scale])).toEqual([[0.35, 64], [4, 1], [4, 1]]);
    losses.forEach((l) => l.W.dispose());
  });
});

describe("TripletMarginLoss: pml 3's default margin, and what miners hand it", () => {
  const e = [[1, 0.2], [0.9, 0.1], [0, 1], [0.1, 0.8], [-1, 0], [-0.8, -0.2]];
  const y = [0, 0, 1, 1, 2, 2];

  it("default margin 0.2 (pml 3.0; pml 2.x's was 0.05)", () => {
    expect(new TripletMarginLoss().margin).toBe(0.2);
  });

  it("mineBatchHard's { anchors, positives, negatives } is refused by forward with an error naming tripletTupleOf, and accepted converted", () => {
    const loss = new TripletMarginLoss();
    const mined = mineBatchHard({ embeddings: e, labels: y });
    expectRefused(() => loss.forward(e, y, mined as never), InputTypeError, /TripletMarginLoss: argument 'indicesTuple'.*tripletTupleOf\(mined\)/);
    const tuple = tripletTupleOf(mined);
    const v = loss.forward(e, y, tuple);
    expect(Number.isFinite(v.dataSync()[0])).toBe(true);
    tf.dispose(v);
    disposeIndicesTuple(tuple);
  });

  it("miner.mine() keeps its three tensors until disposed; inside tf.tidy or optimizer.minimize nothing is left", () => {
    const miner = new TripletMarginMiner({ margin: 0.5 });
    const loss = new TripletMarginLoss();
    const x = tf.variable(tf.tensor2d(e));
    const before = tf.memory().numTensors;
    const t = miner.mine(x, y);
    expect(tf.memory().numTensors - before).toBe(3);
    disposeIndicesTuple(t);
    expect(tf.memory().numTensors).toBe(before);
    tf.tidy(() => loss.forward(x, y, miner.mine(x, y)).dataSync());
    expect(tf.memory().numTensors).toBe(before);
    const optimizer = tf.train.sgd(0.1);
    for (let step = 0; step < 3; step++) optimizer.minimize(() => loss.forward(x, y, miner.mine(x, y)), false, [x]);
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });
});
