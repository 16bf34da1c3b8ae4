// fusedMarginLoss: a margin head's loss as one op from the features and the weights, its [B, C] part on
// the host. Held to independent references: the loss rebuilt in float64 by plain loops from the
// papers' formulas (tests/heads/reference.ts: Math.acos, ψ from its table), float64 central
// differences of that loss, and TF.js's autograd of the same loss composed from plain taped ops
// (l2Normalize, l2Norm, matMul, the margin as tensor ops, tf.logSoftmax). Upstream gradients are
// non-uniform (the per-sample losses are weighted). Extreme inputs: θ = 0 and θ = π on the target,
// a zero feature row and a zero weight column.
import {
  ArcFaceHead,
  CosFaceHead,
  LSoftmaxHead,
  ModifiedSoftmaxHead,
  Rng,
  arcFaceMarginTarget,
  cosFaceMarginTarget,
  l2Norm,
  l2Normalize,
  psiMarginTarget,
  psiOfCos,
  safeAcos,
  tf,
  type MarginTarget,
} from "losslab";
import { fusedMarginLoss, type FusedMarginForm } from "../../lib/losslab/src/heads/fused_margin_loss";
import { finiteDifferences, maxRelativeDeviation, randomMatrix, refLogits, type HeadKind, type RefParams } from "./reference";

interface FormCase {
  name: string;
  kind: HeadKind;
  params: RefParams;
  form: FusedMarginForm;
  /** The margin f from plain taped ops on the target cosines t [B, 1] (values `targetCos`, for a constant branch mask). */
  taped: (t: tf.Tensor, targetCos: number[]) => tf.Tensor;
  /** Whether f' is well conditioned at c = ±1 (ArcFace's sin(θ + m)/sin θ is not: one ulp of c moves it by 10³). */
  smoothAtEnds: boolean;
}

const identity: MarginTarget = { value: (c) => c, slope: () => 1 };
const psiTaped = (m: number, lambda: number) => (t: tf.Tensor) => tf.div(tf.add(tf.mul(t, lambda), psiOfCos(t, m)), 1 + lambda);

const cases: FormCase[] = [
  { name: "CosFace s = 16, m = 0.35", kind: "cosFace", params: { s: 16, m: 0.35 }, form: { scale: 16, weightNorm: false, target: cosFaceMarginTarget(0.35) }, taped: (t) => tf.sub(t, 0.35), smoothAtEnds: true },
  {
    name: "ArcFace s = 8, m = 0.5",
    kind: "arcFace",
    params: { s: 8, m: 0.5 },
    form: { scale: 8, weightNorm: false, target: arcFaceMarginTarget({ m: 0.5 }) },
    taped: (t, targetCos) => {
      const mask = tf.tensor2d(targetCos.map((c) => [c > Math.fround(Math.cos(Math.PI - 0.5))]), [targetCos.length, 1], "bool");
      return tf.where(mask, tf.cos(tf.add(safeAcos(t), 0.5)), tf.sub(t, 0.5 * Math.sin(0.5)));
    },
    smoothAtEnds: false,
  },
  { name: "A-Softmax m = 4, λ = 0", kind: "aSoftmax", params: { m: 4, lambda: 0 }, form: { scale: "featureNorm", weightNorm: false, target: psiMarginTarget(4, 0) }, taped: psiTaped(4, 0), smoothAtEnds: true },
  { name: "L-Softmax m = 3, λ = 2", kind: "lSoftmax", params: { m: 3, lambda: 2 }, form: { scale: "featureNorm", weightNorm: true, target: psiMarginTarget(3, 2) }, taped: psiTaped(3, 2), smoothAtEnds: true },
  { name: "modified softmax (f(c) = c)", kind: "modifiedSoftmax", params: {}, form: { scale: "featureNorm", weightNorm: false, target: identity }, taped: (t) => t, smoothAtEnds: true },
];

/** Per-sample losses in float64 from the reference logits. */
function refLosses(c: FormCase, x: number[][], W: number[][], labels: number[]): number[] {
  return refLogits(c.kind, x, W, labels, c.params).map((z, i) => {
    const max = Math.max(...z);
    return max + Math.log(z.reduce((acc, v) => acc + Math.exp(v - max), 0)) - z[labels[i]];
  });
}

/** The loss from plain taped ops: l2Normalize both sides, the margin on the target, logit norms by l2Norm, logSoftmax. */
function tapedLosses(c: FormCase, x: tf.Tensor2D, w: tf.Tensor2D, labels: number[]): tf.Tensor1D {
  const C = w.shape[1];
  const oneHot = tf.oneHot(tf.tensor1d(labels, "int32"), C).toFloat();
  const cos = tf.matMul(l2Normalize(x), l2Normalize(w, { axis: 0 }));
  const t = tf.sum(tf.mul(cos, oneHot), 1, true);
  const h = tf.add(cos, tf.mul(oneHot, tf.sub(c.taped(t, Array.from(t.dataSync())), t)));
  const a = c.form.scale === "featureNorm" ? l2Norm(x, { keepDims: true }) : tf.scalar(c.form.scale);
  const n = c.form.weightNorm ? tf.mul(a, l2Norm(w, { axis: 0, keepDims: true })) : a;
  return tf.sum(tf.mul(oneHot, tf.neg(tf.logSoftmax(tf.mul(h, n)))), 1) as tf.Tensor1D;
}

/** Value and gradients of Σ uᵢLᵢ with respect to x and W, for a loss function of tensors. */
function weightedGrads(loss: (x: tf.Tensor2D, w: tf.Tensor2D) => tf.Tensor1D, x: number[][], W: number[][], u: number[]) {
  let result = { values: [] as number[], gx: [] as number[], gw: [] as number[] };
  tf.tidy(() => {
    const [xt, wt, ut] = [tf.tensor2d(x), tf.tensor2d(W), tf.tensor1d(u)];
    const values = Array.from(loss(xt, wt).dataSync());
    const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(loss(a as tf.Tensor2D, b as tf.Tensor2D), ut)))([xt, wt]);
    result = { values, gx: Array.from(gx.dataSync()), gw: Array.from(gw.dataSync()) };
  });
  return result;
}

const fused = (c: FormCase, labels: number[]) => (x: tf.Tensor2D, w: tf.Tensor2D) => fusedMarginLoss(x, w, labels, c.form);

describe("fusedMarginLoss: a margin head's loss as one op, against float64 loops, finite differences and autograd", () => {
  const rng = new Rng(11);
  const [B, d, C] = [7, 3, 5];
  const x = randomMatrix(rng, B, d, 2);
  const W = randomMatrix(rng, d, C);
  const labels = [0, 1, 2, 3, 4, 1, 2];
  const u = Array.from({ length: B }, (_, i) => (i === 3 ? -0.7 : 0.2 + 0.3 * i));

  for (const c of cases) {
    it(`${c.name}: values, and gradients with respect to features and weights`, () => {
      const before = tf.memory().numTensors;
      const got = weightedGrads(fused(c, labels), x, W, u);
      const ref = refLosses(c, x, W, labels);
      expect(maxRelativeDeviation(got.values, ref)).toBeLessThan(2e-6);
      const objective = () => refLosses(c, x, W, labels).reduce((s, v, i) => s + u[i] * v, 0);
      expect(maxRelativeDeviation(got.gx, finiteDifferences(x, objective).flat())).toBeLessThan(2e-5);
      expect(maxRelativeDeviation(got.gw, finiteDifferences(W, objective).flat())).toBeLessThan(2e-5);
      const taped = weightedGrads((a, b) => tapedLosses(c, a, b, labels), x, W, u);
      expect(maxRelativeDeviation(got.gx, taped.gx)).toBeLessThan(2e-5);
      expect(maxRelativeDeviation(got.gw, taped.gw)).toBeLessThan(2e-5);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  // row 0 aligned with its class weight (θ = 0), row 1 anti-aligned (θ = π), row 2 zero; column 3 of W zero
  const We = [[1, 0, 0.6, 0], [0, 1, 0.8, 0]];
  const xe = [[2.5, 0], [-3, 0], [0, 0], [0.3, -1.2], [0, 4]];
  const le = [0, 0, 2, 3, 1];
  const ue = [0.5, 1, -0.3, 0.8, 0.4];
  for (const c of cases) {
    it(`${c.name}: θ = 0 and π, a zero feature and a zero weight column: finite, equal to float64${c.smoothAtEnds ? " and to autograd" : ""}`, () => {
      const got = weightedGrads(fused(c, le), xe, We, ue);
      expect([...got.values, ...got.gx, ...got.gw].every(Number.isFinite)).toBe(true);
      // rows 0, 1 and 4 in float64; their logit on the zero column is 0 (cos θ = 0 by convention, where
      // the float64 reference would divide by 0), appended to the reference's logits of the other columns
      const ref = refLogits(c.kind, [xe[0], xe[1], xe[4]], We.map((r) => r.slice(0, 3)), [0, 0, 1], c.params).map((z, i) => {
        const all = [...z, 0];
        const max = Math.max(...all);
        return max + Math.log(all.reduce((acc, v) => acc + Math.exp(v - max), 0)) - z[[0, 0, 1][i]];
      });
      expect(maxRelativeDeviation([got.values[0], got.values[1], got.values[4]], ref)).toBeLessThan(2e-6);
      const taped = weightedGrads((a, b) => tapedLosses(c, a, b, le), xe, We, ue);
      expect(maxRelativeDeviation(got.values, taped.values)).toBeLessThan(2e-6);
      if (c.smoothAtEnds) {
        expect(maxRelativeDeviation(got.gx, taped.gx)).toBeLessThan(2e-5);
        expect(maxRelativeDeviation(got.gw, taped.gw)).toBeLessThan(2e-5);
      } else {
        // rows away from θ = 0, π and the zero row agree; the weights' gradient is bounded like the taped one's
        for (const k of [6, 7, 8, 9]) expect(Math.abs(got.gx[k] - taped.gx[k])).toBeLessThan(2e-5 * Math.max(1, Math.abs(taped.gx[k])));
        expect(Math.max(...got.gw.map(Math.abs))).toBeLessThan(2 * Math.max(...taped.gw.map(Math.abs)) + 1);
      }
    });
  }

  it("leaves no tensor behind, with or without a gradient, and takes an empty batch", () => {
    const before = tf.memory().numTensors;
    const [xt, wt] = [tf.tensor2d(x), tf.tensor2d(W)];
    fusedMarginLoss(xt, wt, labels, cases[1].form).dispose();
    const empty = tf.zeros([0, d]) as tf.Tensor2D;
    const [loss, [gx, gw]] = [fusedMarginLoss(empty, wt, [], cases[3].form), tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(fusedMarginLoss(a as tf.Tensor2D, b as tf.Tensor2D, [], cases[3].form)))([empty, wt])];
    expect(loss.shape).toEqual([0]);
    expect(gx.shape).toEqual([0, d]);
    expect(Array.from(gw.dataSync())).toEqual(new Array(d * C).fill(0));
    tf.dispose([xt, wt, empty, loss, gx, gw]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("the heads give the same loss and gradients with the host and the tensor formulation", () => {
    const rng2 = new Rng(5);
    const xs = randomMatrix(rng2, 16, 4, 3);
    const ys = Array.from({ length: 16 }, (_, i) => i % 6);
    const make = [
      () => new CosFaceHead({ inputDim: 4, numClasses: 6, seed: 1, s: 30, m: 0.4 }),
      () => new ArcFaceHead({ inputDim: 4, numClasses: 6, seed: 2, s: 30, m: 0.5 }),
      () => new LSoftmaxHead({ inputDim: 4, numClasses: 6, seed: 3, m: 4, iteration: 5000 }),
      () => new ModifiedSoftmaxHead({ inputDim: 4, numClasses: 6, seed: 4 }),
    ];
    for (const build of make) {
      const results = (["host", "tensor"] as const).map((form) => {
        const head = build();
        head.marginLoss = form;
        const f = tf.tensor2d(xs);
        const { value, grads } = tf.variableGrads(() => head.loss(f, ys), [head.weights]);
        const gx = tf.grad((t: tf.Tensor) => head.loss(t, ys))(f);
        const out = { loss: value.dataSync()[0], gw: Array.from(grads[head.weights.name].dataSync()), gx: Array.from(gx.dataSync()) };
        tf.dispose([f, value, gx, ...Object.values(grads)]);
        head.dispose();
        return out;
      });
      expect(Math.abs(results[0].loss - results[1].loss)).toBeLessThan(1e-5 * Math.max(1, Math.abs(results[1].loss)));
      expect(maxRelativeDeviation(results[0].gw, results[1].gw)).toBeLessThan(2e-5);
      expect(maxRelativeDeviation(results[0].gx, results[1].gx)).toBeLessThan(2e-5);
    }
  });
});
