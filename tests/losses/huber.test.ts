import * as fc from "fast-check";
import { InputTypeError, ValueError, halfSquaredError, huberLoss, huberLossGradient, meanAbsoluteError, tf } from "losslab";
import { expectArgumentErrors, expectClose, expectElementwiseGradient, expectReductions, flat, num, tfGradient } from "./helpers";

const huber64 = (y: number, p: number, delta: number) => {
  const a = Math.abs(p - y);
  return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
};
const residuals = (min: number, max: number) =>
  fc.array(fc.float({ min, max, noNaN: true }), { minLength: 1, maxLength: 10 });

describe("huberLoss", () => {
  it("is ½r² up to |r| = δ and δ(|r| − ½δ) beyond, under every reduction; equals tf.losses.huberLoss", () => {
    fc.assert(
      fc.property(residuals(-20, 20), residuals(-20, 20), fc.float({ min: Math.fround(0.05), max: 5, noNaN: true }), (labels, preds, delta) => {
        const n = Math.min(labels.length, preds.length);
        const [y, p] = [labels.slice(0, n), preds.slice(0, n)];
        expectReductions(huberLoss, { labels: y, predictions: p, delta }, y.map((yi, i) => huber64(yi, p[i], delta)), { scale: 200 });
        const builtIn = num(tf.losses.huberLoss(y, p, undefined, delta));
        expectClose([num(huberLoss({ labels: y, predictions: p, delta }))], [builtIn], { rel: 1e-6, scale: 10, label: "tf.losses" });
      }),
      { seed: 41, numRuns: 40 },
    );
  });

  it("defaults to δ = 1, like PyTorch and TensorFlow", () => {
    const args = { labels: [0, 0, 0], predictions: [0.5, 2, -4] };
    expect(flat(huberLoss({ ...args, reduction: "none" }))).toEqual([0.125, 1.5, 3.5]);
    expect(flat(huberLoss({ ...args, delta: 1, reduction: "none" }))).toEqual([0.125, 1.5, 3.5]);
  });

  it("equals ½r² (halfSquaredError) when δ ≥ every |r|", () => {
    fc.assert(
      fc.property(residuals(-10, 10), (r) => {
        const zeros = r.map(() => 0);
        const huber = flat(huberLoss({ labels: zeros, predictions: r, delta: 10, reduction: "none" }));
        expectClose(huber, flat(halfSquaredError({ labels: zeros, predictions: r, reduction: "none" })), { rel: 0, label: "½r²" });
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it("divided by δ tends to |r| as δ → 0: |ℓ/δ − |r|| ≤ δ/2", () => {
    fc.assert(
      fc.property(residuals(-10, 10), fc.float({ min: Math.fround(1e-6), max: Math.fround(1e-2), noNaN: true }), (r, delta) => {
        const zeros = r.map(() => 0);
        const scaled = flat(huberLoss({ labels: zeros, predictions: r, delta, reduction: "none" })).map((v) => v / delta);
        const l1 = flat(meanAbsoluteError({ labels: zeros, predictions: r, reduction: "none" }));
        // float32 rounding of ℓ ≈ δ|r| is 6e-8 relative: after dividing by δ, 6e-8·|r| ≤ 1e-6
        scaled.forEach((v, i) => expect(Math.abs(v - l1[i])).toBeLessThanOrEqual(delta / 2 + 1e-6));
      }),
      { seed: 43, numRuns: 30 },
    );
  });

  it("has the gradient clip(ŷ − y, −δ, δ): against tf.grad and finite differences, for several δ", () => {
    const labels = [0, 1, -2, 3.5, 10, 0.25, 0];
    const predictions = [0.5, -1, -2.25, 4, -3, 0.25, 1e-3];
    for (const delta of [0.1, 1, 2.5]) {
      expectElementwiseGradient(huberLoss, huberLossGradient, (y, p) => huber64(y, p, delta), labels, predictions, { extra: { delta } });
    }
  });

  it("stays exact (to float32) for a residual of 1e6: δ(|r| − δ/2), gradient δ", () => {
    expect(num(huberLoss({ labels: [0], predictions: [1e6], delta: 2 }))).toBe(Math.fround(2 * (1e6 - 1)));
    expect(flat(huberLossGradient({ labels: [0, 0], predictions: [1e6, -1e6], delta: 2 }))).toEqual([2, -2]);
    expect(tfGradient((p) => huberLoss({ labels: [0], predictions: p, delta: 2 }), [1e6])).toEqual([2]);
  });

  it("rejects bad input and a δ that is not a number > 0", () => {
    expectArgumentErrors("huberLoss", huberLoss, "predictions");
    expectArgumentErrors("huberLossGradient", huberLossGradient, "predictions", { reduction: false });
    const at = (delta: unknown) => () => huberLoss({ labels: [1], predictions: [2], delta: delta as number });
    expect(at(-1)).toThrow(ValueError);
    expect(at(-1)).toThrow("losslab.huberLoss: argument 'delta' must be a number > 0, but got -1.");
    expect(at(0)).toThrow("losslab.huberLoss: argument 'delta' must be a number > 0, but got 0.");
    expect(at(NaN)).toThrow("losslab.huberLoss: argument 'delta' must be a finite number, but got NaN.");
    expect(at("1")).toThrow(InputTypeError);
    expect(() => huberLossGradient({ labels: [1], predictions: [2], delta: -1 })).toThrow("losslab.huberLossGradient: argument 'delta'");
  });
});
