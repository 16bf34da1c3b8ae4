// tfaTripletSemiHardLoss and tfaTripletHardLoss (TF Addons' triplet_semihard_loss, triplet_hard_loss,
// computed on the device as TFA does) against the hand-worked batch of tests/miners/semi_hard.test.ts,
// the host-side mineSemiHardTfa + batchTripletLoss (itself tested against TFA's numpy reference), and a
// plain loop of TFA's hard loss; gradients by autodiff of the host-side version and finite differences.
import { InputTypeError, Rng, ShapeError, ValueError, batchTripletLoss, mineSemiHardTfa, tf, tfaTripletHardLoss, tfaTripletSemiHardLoss, type TfaDistanceMetric } from "losslab";
import { expectClose, finiteDifferences, num } from "./helpers";
import { expectRefused } from "../pml/fixture";

// TF Addons' distance names: "L2" Euclidean (its default), "squared-L2", "angular" (1 − cos)
const HOST_DISTANCE = { L2: "euclidean", "squared-L2": "squaredEuclidean", angular: "cosine" } as const;

function tfaLikeBatch(rng: Rng): { e: number[][]; y: number[] } {
  const e = Array.from({ length: 10 }, () => Array.from({ length: 6 }, () => rng.next()));
  const y = Array.from({ length: 10 }, (_, i) => (i < 4 ? i : rng.int(4))); // every class has a negative
  return { e, y };
}

describe("tfaTripletSemiHardLoss", () => {
  it("the hand-worked batch: TFA's loss 17.35 / 8 (squared distances, margin 1)", () => {
    const x = [[0], [1], [1.5], [-1.2], [2.5], [-1.1]];
    expectClose([num(tfaTripletSemiHardLoss({ embeddings: x, labels: [0, 0, 1, 1, 1, 2], distanceMetric: "squared-L2" }))], [17.35 / 8], { rel: 1e-6 });
  });

  it("TFA's defaults: margin 1 on the Euclidean distance (\"L2\"), equal to the host-side miner's triplets with distance 'euclidean'", () => {
    const { e, y } = tfaLikeBatch(new Rng(3));
    const triplets = mineSemiHardTfa({ embeddings: e, labels: y, distance: "euclidean" });
    const host = num(batchTripletLoss({ embeddings: e, labels: y, triplets, margin: 1, distance: "euclidean", reduction: "mean" }));
    expectClose([num(tfaTripletSemiHardLoss({ embeddings: e, labels: y }))], [host], { rel: 1e-5 });
    expectClose([num(tfaTripletSemiHardLoss({ embeddings: e, labels: y, distanceMetric: "L2", margin: 1 }))], [host], { rel: 1e-5 });
    // the hard loss's default is the Euclidean distance too: not the squared loop's value
    const rng = new Rng(8);
    const x = Array.from({ length: 6 }, () => [rng.normal(), rng.normal()]);
    const labels = [0, 0, 1, 1, 2, 2];
    const euclidean = num(tfaTripletHardLoss({ embeddings: x, labels }));
    expectClose([euclidean], [num(tfaTripletHardLoss({ embeddings: x, labels, distanceMetric: "L2" }))], { rel: 1e-6 });
    expect(Math.abs(euclidean - num(tfaTripletHardLoss({ embeddings: x, labels, distanceMetric: "squared-L2" })))).toBeGreaterThan(1e-3);
  });

  it.each([
    ["L_2", "squared-L2"],
    ["L_1", "L2"],
  ])("losslab's former name %s is refused with the TFA name meaning the same distance (%s)", (former, tfaName) => {
    const { e, y } = tfaLikeBatch(new Rng(4));
    const call = () => tfaTripletSemiHardLoss({ embeddings: e, labels: y, distanceMetric: former as never });
    expectRefused(call, ValueError, new RegExp(`tfaTripletSemiHardLoss: argument 'distanceMetric'.*did you mean "${tfaName}"`));
  });

  it.each(["L2", "squared-L2", "angular"] as const)("%s: value and gradient equal the host-side miner's triplets through batchTripletLoss, on 10 batches", (metric: TfaDistanceMetric) => {
    const rng = new Rng(2019);
    for (let trial = 0; trial < 10; trial++) {
      const { e, y } = tfaLikeBatch(rng);
      const distance = HOST_DISTANCE[metric];
      const triplets = mineSemiHardTfa({ embeddings: e, labels: y, distance });
      const host = (v: tf.Tensor) => batchTripletLoss({ embeddings: v, labels: y, triplets, margin: 0.3, distance, reduction: "mean" });
      const device = (v: tf.Tensor) => tfaTripletSemiHardLoss({ embeddings: v, labels: y, margin: 0.3, distanceMetric: metric });
      const x = tf.tensor2d(e);
      const [hostValue, deviceValue] = [num(host(x)), num(device(x))];
      expectClose([deviceValue], [hostValue], { rel: 1e-5, label: "loss" });
      const [gh, gd] = tf.tidy(() => [tf.grad(host)(x).dataSync(), tf.grad(device)(x).dataSync()]);
      expectClose(gd, gh, { rel: 1e-4, scale: Math.max(...Array.from(gh, Math.abs), 1e-3), label: "gradient" });
      x.dispose();
    }
  });
});

/** TFA's triplet_hard_loss as a loop: masked maximum 0 without positives, masked minimum = the row's largest without negatives. */
function hardLoop(e: number[][], y: number[], margin: number, soft: boolean): number {
  const d = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0);
  return e.reduce((sum, a, i) => {
    const row = e.map((b) => d(a, b));
    const pos = row.filter((_, j) => j !== i && y[j] === y[i]);
    const neg = row.filter((_, j) => y[j] !== y[i]);
    const hardest = pos.length ? Math.max(0, ...pos) : 0;
    const closest = neg.length ? Math.min(...neg) : Math.max(...row);
    return sum + (soft ? Math.log1p(Math.exp(hardest - closest)) : Math.max(hardest - closest + margin, 0));
  }, 0) / e.length;
}

describe("tfaTripletHardLoss", () => {
  const rng = new Rng(7);
  const e = Array.from({ length: 9 }, () => [rng.normal(), rng.normal(), rng.normal()]);
  const y = [0, 1, 2, 0, 1, 2, 0, 1, 3]; // class 3 is a singleton: TFA's hardest positive is 0 there
  it.each([[1, false], [0.2, false], [1, true]] as const)("margin %d, soft %s: a loop of TFA's formula, and finite-difference gradients", (margin, soft) => {
    const distanceMetric = "squared-L2";
    expectClose([num(tfaTripletHardLoss({ embeddings: e, labels: y, margin, soft, distanceMetric }))], [hardLoop(e, y, margin, soft)], { rel: 1e-5 });
    const g = tf.tidy(() => Array.from(tf.grad((v: tf.Tensor) => tfaTripletHardLoss({ embeddings: v, labels: y, margin, soft, distanceMetric }))(tf.tensor2d(e)).dataSync()));
    const fd = finiteDifferences((x) => hardLoop(Array.from({ length: 9 }, (_, i) => x.slice(i * 3, i * 3 + 3)), y, margin, soft), e.flat());
    expectClose(g, fd, { rel: 1e-3, scale: Math.max(...fd.map(Math.abs)) });
  });

  it("bad input is refused before computing, with no tensor left", () => {
    expectRefused(() => tfaTripletHardLoss({ embeddings: e, labels: y, distanceMetric: "l2" as never }), ValueError, /tfaTripletHardLoss.*'distanceMetric'/);
    expectRefused(() => tfaTripletSemiHardLoss({ embeddings: e, labels: [0, 1] }), ShapeError, /tfaTripletSemiHardLoss.*'labels'/);
    expectRefused(() => tfaTripletSemiHardLoss({ embeddings: e, labels: y, distance_metric: "L2" } as never), InputTypeError, /tfaTripletSemiHardLoss.*'distance_metric'.*distanceMetric/);
    expectRefused(() => tfaTripletHardLoss({ embeddings: e, labels: y, margin: -1 }), ValueError, /tfaTripletHardLoss.*'margin'/);
  });

  it("a batch of singletons has no positive pair: the semi-hard loss is a differentiable zero (TFA divides 0 by 0)", () => {
    const g = tf.tidy(() => Array.from(tf.grad((v: tf.Tensor) => tfaTripletSemiHardLoss({ embeddings: v, labels: [0, 1, 2] }))(tf.tensor2d([[0, 1], [1, 0], [1, 1]])).dataSync()));
    expect(g).toEqual([0, 0, 0, 0, 0, 0]);
    expect(num(tfaTripletSemiHardLoss({ embeddings: [[0, 1], [1, 0], [1, 1]], labels: [0, 1, 2] }))).toBe(0);
  });
});
