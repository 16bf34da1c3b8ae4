// Every loss, activation and gradient against PyTorch (float64), on the fixed seeded inputs and the
// extreme ones of tests/fixtures/torch_losses.json, written by python/reference/torch_losses.py (this
// test needs no torch: it reads the committed JSON).
//
// Tolerance. The inputs are float32 numbers on both sides, so the differences are float32 arithmetic
// only: each operation rounds by at most ε = 6e-8 relative, and a loss goes through a handful of them
// (exp, log1p, a sum over up to 30 terms). A value made of terms of size S is therefore known to about
// 1e-6·S, not 1e-6 of itself, when the terms cancel (a small cross-entropy from logits of 10, a Huber
// loss that subtracts δ/2 from δ|r|). So the check is |ours − torch| ≤ 1e-6·max(|torch|, 1): relative
// 1e-6 for values of 1 and more, absolute 1e-6 below (the inputs here are of order 1 to 10). The
// gradient of the "sum" is checked the same way. Values of 1e6 or 2000 (a residual of 1e6, logits of
// ±1000) are thus compared relatively; they come out exact. Run with LOSSLAB_REPORT=1 to print the
// largest deviation measured per function.
import { readFileSync } from "fs";
import { join } from "path";
import * as losslab from "losslab";
import { tf } from "losslab";
import { expectClose, expectFinite, flat } from "./helpers";

interface Case {
  name: string;
  fn: string;
  torch: string;
  options: Record<string, unknown>;
  inputs: Record<string, unknown>;
  none?: unknown;
  mean?: number;
  sum?: number;
  output?: unknown;
  gradOf: string;
  gradWeights?: unknown;
  grad: unknown | null;
}

const fixture: { torch: string; cases: Case[] } = JSON.parse(readFileSync(join(__dirname, "../fixtures/torch_losses.json"), "utf8"));
const REL = 1e-6;
const flatten = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flatten) : [v as number]);

type Fn = (...args: unknown[]) => tf.Tensor;
const fnOf = (name: string) => (losslab as unknown as Record<string, Fn>)[name];

/** Largest deviation per function, in units of max(|torch|, 1). */
const worst = new Map<string, number>();
const record = (fn: string, dev: number) => worst.set(fn, Math.max(worst.get(fn) ?? 0, dev));

describe(`agreement with PyTorch ${fixture.torch} (float64) to 1e-6`, () => {
  it("has a case for every loss and activation", () => {
    const covered = new Set(fixture.cases.map((c) => c.fn));
    for (const fn of [
      "sigmoid", "softmax", "logSoftmax", "meanAbsoluteError", "meanSquaredError", "halfSquaredError", "huberLoss",
      "binaryCrossEntropy", "binaryCrossEntropyWithLogits", "softmaxCrossEntropy", "multilabelCrossEntropy",
      "sigmoidFocalLoss", "softmaxFocalLoss",
    ]) {
      expect(covered.has(fn)).toBe(true);
    }
  });

  for (const c of fixture.cases) {
    it(`${c.name} = ${c.torch}`, () => {
      const tensorsBefore = tf.memory().numTensors;
      compare(c);
      expect(tf.memory().numTensors).toBe(tensorsBefore); // nothing leaked
    });
  }

  afterAll(() => {
    if (process.env.LOSSLAB_REPORT) {
      console.log([...worst].map(([fn, d]) => `${fn}: ${d.toExponential(2)}`).join("\n"));
    }
  });
});

/** One case: values under every reduction (or an activation's output), and gradients. */
function compare(c: Case): void {
  const f = fnOf(c.fn);
  const check = (ours: number[], torch: number[], what: string) => {
    const dev = expectClose(ours, torch, { rel: REL, scale: 1, label: `${c.name} ${what}` });
    record(`${c.fn} ${what.startsWith("gradient") ? "gradient" : "value"}`, dev);
  };
  const gradientOf = (objective: (x: tf.Tensor) => tf.Tensor) =>
    tf.tidy(() => Array.from(tf.grad(objective)(tf.tensor(c.inputs[c.gradOf] as number[])).dataSync()));
  if (c.output !== undefined) {
    // an activation: its output, and the gradient of Σ wᵢ·f(x)ᵢ
    check(flat(f(c.inputs.logits)), flatten(c.output), "output");
    check(gradientOf((x) => tf.sum(tf.mul(f(x), c.gradWeights as number[]))), flatten(c.grad), "gradient");
    return;
  }
  const call = (reduction: string) => flat(f({ ...c.inputs, ...c.options, reduction }));
  check(call("none"), flatten(c.none), "none");
  check(call("mean"), [c.mean as number], "mean");
  check(call("sum"), [c.sum as number], "sum");
  const g = gradientOf((x) => f({ ...c.inputs, ...c.options, [c.gradOf]: x, reduction: "sum" }));
  if (c.grad === null) {
    expectFinite(g, `${c.name}: PyTorch's gradient is NaN here, ours`);
    return;
  }
  check(g, flatten(c.grad), "gradient");
  // the hand-derived gradient function, where the loss has one (meanSquaredError → meanSquaredErrorGradient)
  const gradient = fnOf(`${c.fn}Gradient`);
  if (gradient !== undefined) check(flat(gradient({ ...c.inputs, ...c.options })), flatten(c.grad), "gradient function");
}
