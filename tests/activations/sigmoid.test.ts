import * as fc from "fast-check";
import { InputTypeError, ShapeError, ValueError, sigmoid, tf } from "losslab";
import { expectClose, finiteDifferences, flat, tfGradient } from "../losses/helpers";
import { sigmoid64 } from "../losses/reference64";


describe("sigmoid", () => {
  it("is 1/(1 + e^{-z}) to float32 precision (relative 1e-6) and agrees with tf.sigmoid", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -80, max: 80, noNaN: true }), { minLength: 1, maxLength: 12 }), (z) => {
        const out = flat(sigmoid(z));
        expectClose(out, z.map(sigmoid64), { rel: 1e-6, scale: 0, label: "sigmoid" });
        expectClose(out, flat(tf.sigmoid(z)), { rel: 0, scale: 0, label: "tf.sigmoid" });
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it("is symmetric: σ(−z) = 1 − σ(z)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 8 }), (z) => {
        const mirrored = flat(sigmoid(z.map((v) => -v)));
        expectClose(mirrored, flat(sigmoid(z)).map((s) => 1 - s), { rel: 1e-6, label: "σ(−z)" });
      }),
      { seed: 8, numRuns: 30 },
    );
  });

  it("squashes logits of ±1000 to exactly 0 and 1, with a finite (zero) gradient", () => {
    expect(flat(sigmoid([-1000, 1000, 0]))).toEqual([0, 1, 0.5]);
    expect(tfGradient((z) => sigmoid(z), [-1000, 1000, 0])).toEqual([0, 0, 0.25]);
  });

  it("has the gradient σ(1 − σ): tf.grad against central finite differences (float64)", () => {
    const z = [-6, -1.5, 0, 0.3, 2, 9];
    const fd = z.map((_, i) => finiteDifferences((v) => sigmoid64(v[i]), z)[i]);
    expectClose(tfGradient((t) => sigmoid(t), z), fd, { rel: 1e-5, label: "dσ/dz" });
  });

  it("rejects a NaN, an empty array and a non-numeric argument, naming the function and argument", () => {
    expect(() => sigmoid([0, NaN])).toThrow(ValueError);
    expect(() => sigmoid([0, NaN])).toThrow("losslab.sigmoid: argument 'logits' must be finite numbers, but got NaN at index [1].");
    expect(() => sigmoid([])).toThrow(ShapeError);
    expect(() => sigmoid("1" as never)).toThrow(InputTypeError);
  });
});
