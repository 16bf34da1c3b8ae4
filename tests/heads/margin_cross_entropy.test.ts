// marginCrossEntropy: the fused per-sample loss Lᵢ = log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ} of the margin logits
// z = N ⊙ H, with its gradient written out. Held to independent references: the loss rebuilt in
// float64 by plain loops from the cosines (arcFaceTarget and psi on Math.acos), TF.js's autograd of
// the same loss composed from plain taped ops (safeAcos, psiOfCos, tf.logSoftmax), and float64
// central differences. Upstream gradients are non-uniform (the per-sample losses are weighted).
import * as fc from "fast-check";
import {
  arcFaceMarginTarget,
  arcFaceTarget,
  cosFaceMarginTarget,
  marginCrossEntropy,
  marginLogits,
  psi,
  psiMarginTarget,
  psiOfCos,
  Rng,
  safeAcos,
  tf,
  type MarginTarget,
} from "losslab";
import { finiteDifferences, maxRelativeDeviation } from "./reference";

const f32 = Math.fround;

interface TargetCase {
  name: string;
  target: MarginTarget;
  /** f in float64 on one cosine. */
  f64: (c: number) => number;
  /** f from plain taped ops on the target cosines t [B, 1]; `targetCos` are their values (for a constant branch mask). */
  taped: (t: tf.Tensor, targetCos: number[]) => tf.Tensor;
  /** cosines the random target cosines keep away from (branch jumps). */
  avoid: number[];
}

function arcFaceCase(m: number, easyMargin: boolean): TargetCase {
  const threshold = easyMargin ? 0 : Math.cos(Math.PI - m);
  const shift = easyMargin ? 0 : m * Math.sin(m);
  return {
    name: `ArcFace m = ${m}${easyMargin ? " (easy margin)" : ""}`,
    target: arcFaceMarginTarget({ m, easyMargin }),
    f64: (c) => arcFaceTarget(Math.acos(c), { m, easyMargin }),
    taped: (t, targetCos) => {
      // the branch as a constant mask (a comparison has no gradient), the margin branch via safeAcos
      const mask = tf.tensor2d(targetCos.map((c) => [c > f32(threshold)]), [targetCos.length, 1], "bool");
      return tf.where(mask, tf.cos(tf.add(safeAcos(t), m)), tf.sub(t, shift));
    },
    avoid: [threshold],
  };
}

const cases: TargetCase[] = [
  { name: "CosFace m = 0.35", target: cosFaceMarginTarget(0.35), f64: (c) => c - 0.35, taped: (t) => tf.sub(t, 0.35), avoid: [] },
  arcFaceCase(0.5, false),
  arcFaceCase(0.5, true),
  arcFaceCase(1.2, false),
  {
    name: "ψ m = 4, λ = 0",
    target: psiMarginTarget(4, 0),
    f64: (c) => psi(Math.acos(c), 4),
    taped: (t) => psiOfCos(t, 4),
    avoid: [],
  },
  {
    name: "ψ m = 3, λ = 2.5",
    target: psiMarginTarget(3, 2.5),
    f64: (c) => (2.5 * c + psi(Math.acos(c), 3)) / 3.5,
    taped: (t) => tf.div(tf.add(tf.mul(t, 2.5), psiOfCos(t, 3)), 3.5),
    avoid: [],
  },
];

/** The logit norm in float64: a [rows][cols] matrix broadcast to [B, C] (rows, cols ∈ {1, B}, {1, C}); null for a plain number. */
type Norm64 = { values: number[][]; shape: number[] | null };

const normAt = (n: Norm64, i: number, j: number) => n.values[n.values.length === 1 ? 0 : i][n.values[0].length === 1 ? 0 : j];

/** Float64 margin logits z = N ⊙ H by plain loops. */
function refLogits(cos: number[][], labels: number[], f: (c: number) => number, norm: Norm64): number[][] {
  return cos.map((row, i) => row.map((c, j) => normAt(norm, i, j) * (j === labels[i] ? f(c) : c)));
}

/** Float64 per-sample −log softmax(z)_y, the log-sum-exp shifted by the row maximum. */
function refLosses(cos: number[][], labels: number[], f: (c: number) => number, norm: Norm64): number[] {
  return refLogits(cos, labels, f, norm).map((z, i) => {
    const max = Math.max(...z);
    return max + Math.log(z.reduce((acc, v) => acc + Math.exp(v - max), 0)) - z[labels[i]];
  });
}

const weighted = (losses: number[], w: number[]) => losses.reduce((acc, l, i) => acc + w[i] * l, 0);

const oneHotOf = (labels: number[], C: number) => labels.map((y) => Array.from({ length: C }, (_, j) => (j === y ? 1 : 0)));
const normTensor = (n: Norm64) => (n.shape === null ? n.values[0][0] : tf.tensor(n.values.flat(), n.shape));

/** The loss composed from plain taped ops: H = cos·(1 − onehot) + onehot·f(c_y), z = N·H, −Σ onehot·logSoftmax(z). */
function tapedLosses(c: tf.Tensor2D, oneHot: tf.Tensor2D, tc: TargetCase, targetCos: number[], norm: number | tf.Tensor): tf.Tensor {
  const t = tf.sum(tf.mul(c, oneHot), 1, true);
  const h = tf.add(tf.mul(c, tf.sub(1, oneHot)), tf.mul(oneHot, tc.taped(t, targetCos)));
  return tf.neg(tf.sum(tf.mul(oneHot, tf.logSoftmax(tf.mul(h, norm))), 1));
}

/** The library's taped logits, through the same log-softmax. */
function marginLogitsLosses(c: tf.Tensor2D, oneHot: tf.Tensor2D, tc: TargetCase, norm: number | tf.Tensor): tf.Tensor {
  return tf.neg(tf.sum(tf.mul(oneHot, tf.logSoftmax(marginLogits(c, oneHot, tc.target, norm))), 1));
}

type LossFn = (c: tf.Tensor2D, oneHot: tf.Tensor2D, norm: number | tf.Tensor) => tf.Tensor;

interface LossAndGrads {
  value: number[];
  dCos: number[];
  /** null for a plain-number norm (no gradient). */
  dNorm: number[] | null;
}

/** Per-sample losses and the gradients of Σ wᵢLᵢ with respect to the cosines and (a tensor) norm. */
function lossAndGrads(loss: LossFn, cos: number[][], labels: number[], C: number, norm: Norm64, w: number[]): LossAndGrads {
  let out: LossAndGrads = { value: [], dCos: [], dNorm: null };
  tf.tidy(() => {
    const cosT = tf.tensor2d(cos.flat(), [cos.length, C]);
    const oneHot = tf.tensor2d(oneHotOf(labels, C).flat(), [cos.length, C]);
    const wT = tf.tensor1d(w);
    const n = normTensor(norm);
    const value = Array.from(loss(cosT, oneHot, n).dataSync());
    if (typeof n === "number") {
      const dCos = tf.grad((c: tf.Tensor) => tf.sum(tf.mul(loss(c as tf.Tensor2D, oneHot, n), wT)))(cosT);
      out = { value, dCos: Array.from(dCos.dataSync()), dNorm: null };
      return;
    }
    const [dCos, dNorm] = tf.grads((c: tf.Tensor, nn: tf.Tensor) => tf.sum(tf.mul(loss(c as tf.Tensor2D, oneHot, nn), wT)))([cosT, n]);
    expect(dNorm.shape).toEqual(n.shape);
    out = { value, dCos: Array.from(dCos.dataSync()), dNorm: Array.from(dNorm.dataSync()) };
  });
  return out;
}

interface Case {
  cos: number[][];
  labels: number[];
  w: number[];
  B: number;
  C: number;
}

/** Seeded cosines in [−0.95, 0.95] (float32), target cosines kept 2e-3 away from the branch jumps. */
function randomCase(seed: number, B: number, C: number, avoid: number[]): Case {
  const rng = new Rng(seed);
  const cos = Array.from({ length: B }, () => Array.from({ length: C }, () => f32(rng.uniform(-0.95, 0.95))));
  const labels = Array.from({ length: B }, () => rng.int(C));
  labels.forEach((y, i) => {
    for (const a of avoid) if (Math.abs(cos[i][y] - a) < 2e-3) cos[i][y] = f32(a + 3e-3);
  });
  // non-uniform upstream gradient, one weight negative
  const w = Array.from({ length: B }, (_, i) => (i === 1 ? -0.7 : rng.uniform(0.2, 2)));
  return { cos, labels, w, B, C };
}

type NormKind = "number" | "[]" | "[B, 1]" | "[B, C]";

function randomNorm(kind: NormKind, s: number, B: number, C: number, seed: number): Norm64 {
  const rng = new Rng(seed + 1);
  switch (kind) {
    case "number":
      return { values: [[s]], shape: null };
    case "[]":
      return { values: [[s]], shape: [] };
    case "[B, 1]":
      return { values: Array.from({ length: B }, () => [f32(rng.uniform(1, 30))]), shape: [B, 1] };
    case "[B, C]":
      return { values: Array.from({ length: B }, () => Array.from({ length: C }, () => f32(rng.uniform(0.5, 20)))), shape: [B, C] };
  }
}

const maxAbs = (a: number[][]) => Math.max(...a.flat().map(Math.abs));

/** Checks the fused loss against the float64 loop, its gradients against autograd (two taped forms) and finite differences. */
function checkCase(tc: TargetCase, { cos, labels, w, C }: Case, norm: Norm64) {
  const logits64 = refLogits(cos, labels, tc.f64, norm);
  const losses64 = refLosses(cos, labels, tc.f64, norm);
  const logitScale = maxAbs(logits64);
  const fused = lossAndGrads((c, y, n) => marginCrossEntropy(c, y, tc.target, n), cos, labels, C, norm, w);
  const targetCos = cos.map((row, i) => row[labels[i]]);
  const taped = lossAndGrads((c, y, n) => tapedLosses(c, y, tc, targetCos, n), cos, labels, C, norm, w);
  const viaLogits = lossAndGrads((c, y, n) => marginLogitsLosses(c, y, tc, n), cos, labels, C, norm, w);

  // values: float32 resolves a log-sum-exp over logits of size L to about L·6e-8
  losses64.forEach((l, i) => expect(Math.abs(fused.value[i] - l)).toBeLessThan(1e-6 * Math.max(1, Math.abs(l), logitScale / 4)));
  // the taped logits agree with the float64 ones
  const z = tf.tidy(() => {
    const n = normTensor(norm);
    return marginLogits(tf.tensor2d(cos.flat(), [cos.length, C]), tf.tensor2d(oneHotOf(labels, C).flat(), [cos.length, C]), tc.target, n).dataSync();
  });
  expect(maxRelativeDeviation(z, logits64.flat())).toBeLessThan(1e-6);

  // gradients: float32 softmax probabilities carry a relative error of about 6e-8·|z|
  const tolerance = 1e-5 * Math.max(1, logitScale / 8);
  const objective = () => weighted(refLosses(cos, labels, tc.f64, norm), w);
  const fdCos = finiteDifferences(cos, objective).flat();
  expect(maxRelativeDeviation(fused.dCos, taped.dCos)).toBeLessThan(tolerance);
  expect(maxRelativeDeviation(fused.dCos, viaLogits.dCos)).toBeLessThan(tolerance);
  expect(maxRelativeDeviation(fused.dCos, fdCos)).toBeLessThan(tolerance);
  if (norm.shape !== null) {
    const fdNorm = finiteDifferences(norm.values, objective).flat();
    expect(maxRelativeDeviation(fused.dNorm!, taped.dNorm!)).toBeLessThan(tolerance);
    expect(maxRelativeDeviation(fused.dNorm!, viaLogits.dNorm!)).toBeLessThan(tolerance);
    expect(maxRelativeDeviation(fused.dNorm!, fdNorm)).toBeLessThan(tolerance);
  } else {
    expect(fused.dNorm).toBeNull();
  }
}

describe("marginCrossEntropy: the fused margin loss against float64 loops, autograd and finite differences", () => {
  for (const tc of cases) {
    it(`${tc.name}: a fixed batch with s = 1, 16, 64 and tensor norms [], [B, 1], [B, C]`, () => {
      const c = randomCase(11, 5, 4, tc.avoid);
      for (const s of [1, 16, 64]) checkCase(tc, c, randomNorm("number", s, c.B, c.C, 11));
      for (const kind of ["[]", "[B, 1]", "[B, C]"] as const) checkCase(tc, c, randomNorm(kind, 16, c.B, c.C, 11));
    });
  }

  it("property: random batches, targets and norms (fixed seed)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom<NormKind>("number", "[]", "[B, 1]", "[B, C]"),
        fc.constantFrom(1, 16, 64),
        fc.integer({ min: 0, max: 2 ** 30 }),
        (t, B, C, kind, s, seed) => {
          const tc = cases[t];
          const c = randomCase(seed, B, C, tc.avoid);
          checkCase(tc, c, randomNorm(kind, s, B, C, seed));
        },
      ),
      { seed: 7, numRuns: 25 },
    );
  });
});

describe("marginCrossEntropy: extreme inputs", () => {
  const finite = (a: ArrayLike<number>) => Array.from(a).every(Number.isFinite);
  // cosines exactly ±1 on and off the target (θ = 0 and θ = π), and one ordinary row
  const edge: Case = {
    cos: [
      [1, -1, 0.3],
      [-1, 1, 1],
      [1, 1, -1],
      [0.2, -1, 1],
      [-1, -1, -1],
    ],
    labels: [0, 0, 2, 1, 1],
    w: [1, -0.5, 2, 0.75, 1.5],
    B: 5,
    C: 3,
  };

  it("cosines exactly ±1: the float64 loss, and gradients equal to the taped composition's (finite)", () => {
    for (const tc of cases) {
      for (const norm of [randomNorm("number", 64, 5, 3, 0), randomNorm("[B, C]", 0, 5, 3, 3)]) {
        const losses64 = refLosses(edge.cos, edge.labels, tc.f64, norm);
        const scale = maxAbs(refLogits(edge.cos, edge.labels, tc.f64, norm));
        const fused = lossAndGrads((c, y, n) => marginCrossEntropy(c, y, tc.target, n), edge.cos, edge.labels, 3, norm, edge.w);
        const targetCos = edge.cos.map((row, i) => row[edge.labels[i]]);
        const taped = lossAndGrads((c, y, n) => tapedLosses(c, y, tc, targetCos, n), edge.cos, edge.labels, 3, norm, edge.w);
        expect(finite(fused.value) && finite(fused.dCos) && finite(fused.dNorm ?? [])).toBe(true);
        losses64.forEach((l, i) => expect(Math.abs(fused.value[i] - l)).toBeLessThan(1e-6 * Math.max(1, Math.abs(l), scale / 4)));
        // the ArcFace slope at c = 1 is sin m/√ε ≈ 480 (m = 0.5): relative to the largest entry
        expect(maxRelativeDeviation(fused.dCos, taped.dCos)).toBeLessThan(1e-5 * Math.max(1, scale / 8));
        if (fused.dNorm) expect(maxRelativeDeviation(fused.dNorm, taped.dNorm!)).toBeLessThan(1e-5 * Math.max(1, scale / 8));
      }
    }
  });

  it("s = 1000 (logits of ±1000): finite losses equal to float64, finite gradients equal to autograd's", () => {
    const random = randomCase(5, 4, 5, [Math.cos(Math.PI - 0.5), Math.cos(Math.PI - 1.2), 0]);
    for (const tc of cases) {
      for (const c of [edge, random]) {
        const norm = randomNorm("number", 1000, c.B, c.C, 0);
        const losses64 = refLosses(c.cos, c.labels, tc.f64, norm);
        const scale = maxAbs(refLogits(c.cos, c.labels, tc.f64, norm));
        const fused = lossAndGrads((x, y, n) => marginCrossEntropy(x, y, tc.target, n), c.cos, c.labels, c.C, norm, c.w);
        const targetCos = c.cos.map((row, i) => row[c.labels[i]]);
        const taped = lossAndGrads((x, y, n) => tapedLosses(x, y, tc, targetCos, n), c.cos, c.labels, c.C, norm, c.w);
        expect(finite(fused.value) && finite(fused.dCos)).toBe(true);
        losses64.forEach((l, i) => expect(Math.abs(fused.value[i] - l)).toBeLessThan(1e-6 * Math.max(1, Math.abs(l), scale / 4)));
        expect(maxRelativeDeviation(fused.dCos, taped.dCos)).toBeLessThan(1e-5 * Math.max(1, scale / 8));
      }
    }
  });

  it("an empty batch [0, C]: losses of shape [0], empty gradients, no throw", () => {
    for (const tc of cases) {
      for (const norm of [64, [0, 1], [0, 3], [1, 3], []] as const) {
        const before = tf.memory().numTensors;
        tf.tidy(() => {
          const cos = tf.zeros([0, 3]) as tf.Tensor2D;
          const oneHot = tf.zeros([0, 3]) as tf.Tensor2D;
          const n = typeof norm === "number" ? norm : tf.fill([...norm], 2);
          const loss = marginCrossEntropy(cos, oneHot, tc.target, n);
          expect(loss.shape).toEqual([0]);
          if (typeof n === "number") {
            const g = tf.grad((c: tf.Tensor) => tf.sum(marginCrossEntropy(c as tf.Tensor2D, oneHot, tc.target, n)))(cos);
            expect(g.shape).toEqual([0, 3]);
          } else {
            const [gc, gn] = tf.grads((c: tf.Tensor, nn: tf.Tensor) => tf.sum(marginCrossEntropy(c as tf.Tensor2D, oneHot, tc.target, nn)))([cos, n]);
            expect(gc.shape).toEqual([0, 3]);
            expect(gn.shape).toEqual(n.shape);
            // nothing to sum over: the norm's gradient is zero
            expect(Array.from(gn.dataSync()).every((v) => v === 0)).toBe(true);
          }
        });
        expect(tf.memory().numTensors).toBe(before);
      }
    }
  });
});

describe("marginCrossEntropy: labels and memory", () => {
  const c = randomCase(3, 4, 5, [Math.cos(Math.PI - 0.5), Math.cos(Math.PI - 1.2), 0]);

  it("oneHot gets a zero gradient (number and tensor norms)", () => {
    for (const tc of cases) {
      tf.tidy(() => {
        const cos = tf.tensor2d(c.cos);
        const oneHot = tf.tensor2d(oneHotOf(c.labels, c.C));
        const w = tf.tensor1d(c.w);
        const [, gy] = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(marginCrossEntropy(x as tf.Tensor2D, y as tf.Tensor2D, tc.target, 16), w)))([cos, oneHot]);
        expect(gy.shape).toEqual([c.B, c.C]);
        expect(Array.from(gy.dataSync()).every((v) => v === 0)).toBe(true);
        const norm = tf.fill([c.B, 1], 8);
        const [, gy2, gn] = tf.grads((x: tf.Tensor, y: tf.Tensor, n: tf.Tensor) => tf.sum(tf.mul(marginCrossEntropy(x as tf.Tensor2D, y as tf.Tensor2D, tc.target, n), w)))([
          cos,
          oneHot,
          norm,
        ]);
        expect(Array.from(gy2.dataSync()).every((v) => v === 0)).toBe(true);
        expect(gn.shape).toEqual([c.B, 1]);
      });
    }
  });

  it("leaks no tensor: the count is back to where it was once the results are disposed", () => {
    const cos = tf.tensor2d(c.cos);
    const oneHot = tf.tensor2d(oneHotOf(c.labels, c.C));
    const w = tf.tensor1d(c.w);
    const norm = tf.fill([c.B, c.C], 3);
    for (const tc of cases) {
      const before = tf.memory().numTensors;
      const loss = marginCrossEntropy(cos, oneHot, tc.target, 16);
      const lossN = marginCrossEntropy(cos, oneHot, tc.target, norm);
      const z = marginLogits(cos, oneHot, tc.target, norm);
      const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(marginCrossEntropy(x as tf.Tensor2D, oneHot, tc.target, 16), w)))(cos);
      const gs = tf.grads((x: tf.Tensor, n: tf.Tensor) => tf.sum(tf.mul(marginCrossEntropy(x as tf.Tensor2D, oneHot, tc.target, n), w)))([cos, norm]);
      const gz = tf.grad((x: tf.Tensor) => tf.sum(marginLogits(x as tf.Tensor2D, oneHot, tc.target, 16)))(cos);
      expect(tf.memory().numTensors).toBe(before + 7);
      tf.dispose([loss, lossN, z, g, gz, ...gs]);
      expect(tf.memory().numTensors).toBe(before);
    }
    tf.dispose([cos, oneHot, w, norm]);
  });
});
