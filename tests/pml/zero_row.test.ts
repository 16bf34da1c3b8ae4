// An all-zero embedding row (a dead ReLU row, a padded sample) in every pml-style loss: finite values
// and gradients, as pml's F.normalize (x / max(‖x‖, 1e-12)) gives; one Adam step of a model with a dead
// output row keeps its weights finite, and the next call succeeds. pml's own values on such a batch are
// in tests/fixtures/pml/pml_margin_reference.json (tests/pml/pml_margin_losses.test.ts).
import {
  ArcFaceLoss,
  CircleLoss,
  CosFaceLoss,
  LargeMarginSoftmaxLoss,
  SphereFaceLoss,
  ContrastiveLoss,
  CosineSimilarity,
  LpDistance,
  MultiSimilarityLoss,
  NTXentLoss,
  ProxyAnchorLoss,
  Rng,
  SubCenterArcFaceLoss,
  SupConLoss,
  TripletMarginLoss,
  normalizeRows,
  tf,
  type MetricLossFunction,
} from "losslab";
import { expectClose, expectFinite } from "../losses/helpers";

const rng = new Rng(5);
const matrix = (n: number, d: number) => Array.from({ length: n }, () => Array.from({ length: d }, () => rng.normal()));
const labels = [0, 1, 2, 0, 1, 2, 0, 1];

const losses: [string, () => MetricLossFunction][] = [
  ["ContrastiveLoss", () => new ContrastiveLoss()],
  ["ContrastiveLoss (cosine)", () => new ContrastiveLoss({ distance: new CosineSimilarity(), posMargin: 0.9, negMargin: 0.2 })],
  ["ContrastiveLoss (squared L2)", () => new ContrastiveLoss({ distance: new LpDistance({ power: 2 }) })],
  ["TripletMarginLoss", () => new TripletMarginLoss()],
  ["TripletMarginLoss (swap, cosine)", () => new TripletMarginLoss({ swap: true, distance: new CosineSimilarity() })],
  ["MultiSimilarityLoss", () => new MultiSimilarityLoss()],
  ["CircleLoss", () => new CircleLoss()],
  ["NTXentLoss", () => new NTXentLoss()],
  ["SupConLoss", () => new SupConLoss()],
  ["ProxyAnchorLoss", () => new ProxyAnchorLoss({ numClasses: 3, embeddingSize: 4, seed: 2 })],
  ["SubCenterArcFaceLoss", () => new SubCenterArcFaceLoss({ numClasses: 3, embeddingSize: 4, subCenters: 2, seed: 3 })],
  ["ArcFaceLoss", () => new ArcFaceLoss({ numClasses: 3, embeddingSize: 4, seed: 4 })],
  ["CosFaceLoss", () => new CosFaceLoss({ numClasses: 3, embeddingSize: 4, seed: 5 })],
  ["LargeMarginSoftmaxLoss", () => new LargeMarginSoftmaxLoss({ numClasses: 3, embeddingSize: 4, seed: 6 })],
  ["SphereFaceLoss", () => new SphereFaceLoss({ numClasses: 3, embeddingSize: 4, seed: 7 })],
];

describe("normalizeRows: F.normalize's values, a finite gradient at the zero row", () => {
  it("x / max(‖x‖, 1e-12): the zero row stays zero, its gradient is dy / 1e-12 (PyTorch's)", () => {
    const x = tf.tensor2d([[0, 0, 0], [3, 4, 0], [1e-13, 0, 0]]);
    const y = normalizeRows(x);
    expectClose(y.dataSync(), [0, 0, 0, 0.6, 0.8, 0, 0.1, 0, 0], { rel: 1e-6, label: "value" });
    const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(normalizeRows(t as tf.Tensor2D), tf.tensor2d([[1, 2, 3], [1, 1, 1], [1, 0, 0]]))))(x);
    const got = g.dataSync();
    expectFinite(got, "gradient");
    // at 0 and below the floor, d(x/ε)/dx = I/ε
    expectClose([got[0], got[1], got[2], got[6]], [1e12, 2e12, 3e12, 1e12], { rel: 1e-5, label: "gradient below the floor" });
    // above: (I − x̂x̂ᵀ)/‖x‖ · dy
    const xh = [0.6, 0.8, 0];
    const dot = xh[0] + xh[1] + xh[2];
    expectClose(Array.from(got.slice(3, 6)), xh.map((v) => (1 - dot * v) / 5), { rel: 1e-5, label: "gradient above the floor" });
    tf.dispose([x, y, g]);
  });
});

describe.each(losses)("%s with an all-zero embedding row", (_name, make) => {
  it("value and gradients are finite", () => {
    const loss = make();
    const emb = matrix(8, 4);
    emb[3] = [0, 0, 0, 0];
    const x = tf.variable(tf.tensor2d(emb));
    const { value, grads } = tf.variableGrads(() => loss.forward(x, labels), [x]);
    expectFinite(value.dataSync(), "loss");
    expectFinite(grads[x.name].dataSync(), "dL/dembeddings");
    tf.dispose([value, x, ...Object.values(grads)]);
  });

  it("one Adam step on a model with a dead output row keeps the weights finite, and the next call succeeds", () => {
    const loss = make();
    // the dense layer's ReLU output is 0 for input row 0 (all its pre-activations are negative)
    const input = tf.tensor2d([[-1, -1, -1], ...matrix(7, 3).map((r) => r.map(Math.abs))]);
    const kernel = tf.variable(tf.tensor2d(matrix(3, 4).map((r) => r.map((v) => Math.abs(v) + 0.1))));
    const optimizer = tf.train.adam(0.01);
    const model = () => tf.relu(tf.matMul(input, kernel)) as tf.Tensor2D;
    expect(Array.from(tf.tidy(() => model().slice([0, 0], [1, 4]).dataSync()))).toEqual([0, 0, 0, 0]);
    for (let step = 0; step < 2; step++) {
      const cost = optimizer.minimize(() => loss.forward(model(), labels), true, [kernel]);
      expectFinite(cost!.dataSync(), `loss at step ${step}`);
      cost!.dispose();
      expectFinite(kernel.dataSync(), `kernel after step ${step}`);
    }
    optimizer.dispose();
    tf.dispose([input, kernel]);
  });
});
