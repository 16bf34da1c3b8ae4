import * as fc from "fast-check";
import { ShapeError, ValueError, logSoftmax, softmax, tf } from "losslab";
import { expectClose, expectFinite, finiteDifferences, flat, tfGradient } from "../losses/helpers";
import { logSoftmax64 } from "../losses/reference64";


const logitRows = (maxAbs: number) =>
  fc.integer({ min: 1, max: 6 }).chain((c) =>
    fc.array(fc.array(fc.float({ min: -maxAbs, max: maxAbs, noNaN: true }), { minLength: c, maxLength: c }), { minLength: 1, maxLength: 4 }),
  );

describe("softmax and logSoftmax", () => {
  it("softmax rows add up to 1 and lie in [0, 1], for logits up to ±1000", () => {
    fc.assert(
      fc.property(logitRows(1000), (s) => {
        const p = softmax(s).arraySync() as number[][];
        p.forEach((row, r) => {
          row.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
          // float32: each of at most 6 terms is rounded by ε ≈ 6e-8
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-6);
          expect(row.length).toBe(s[r].length);
        });
      }),
      { seed: 11, numRuns: 50 },
    );
  });

  it("agree with a float64 log-sum-exp reference (relative 1e-6 of the logits' size) and with tf.softmax / tf.logSoftmax", () => {
    fc.assert(
      fc.property(logitRows(30), (s) => {
        const expected = s.flatMap(logSoftmax64);
        const scale = Math.max(1, ...s.flat().map(Math.abs));
        expectClose(flat(logSoftmax(s)), expected, { rel: 1e-6, scale, label: "logSoftmax" });
        expectClose(flat(softmax(s)), expected.map(Math.exp), { rel: 1e-6 * scale, scale: 1e-30, label: "softmax" });
        expectClose(flat(logSoftmax(s)), flat(tf.logSoftmax(s)), { rel: 1e-6, scale, label: "tf.logSoftmax" });
        expectClose(flat(softmax(s)), flat(tf.softmax(s)), { rel: 1e-6, label: "tf.softmax" });
      }),
      { seed: 12, numRuns: 40 },
    );
  });

  it("do not change when a constant is added to every logit", () => {
    fc.assert(
      fc.property(logitRows(10), fc.float({ min: -500, max: 500, noNaN: true }), (s, c) => {
        const shifted = s.map((row) => row.map((v) => v + c));
        expectClose(flat(softmax(shifted)), flat(softmax(s)), { rel: 1e-4, label: "shift" });
      }),
      { seed: 13, numRuns: 30 },
    );
  });

  it("are finite at logits of ±1000: softmax [1, 0, 0], logSoftmax [0, −2000, −1000]", () => {
    expect(flat(softmax([1000, -1000, 0]))).toEqual([1, 0, 0]);
    expect(flat(logSoftmax([1000, -1000, 0]))).toEqual([0, -2000, -1000]);
    expect(flat(softmax([1000, 1000, -1000]))).toEqual([0.5, 0.5, 0]);
    const g = tfGradient((s) => tf.mul(logSoftmax(s), [1, 2, 3]), [1000, -1000, 0]);
    expectFinite(g, "∂ logSoftmax");
    // dy − softmax·Σdy = [1, 2, 3] − [1, 0, 0]·6
    expect(g).toEqual([-5, 2, 3]);
  });

  it("logSoftmax has the gradient dy − softmax·Σdy: tf.grad against finite differences and tf.logSoftmax's own", () => {
    const s = [[0.5, -1.25, 2, 0.125], [3, 3, -2, 0]];
    const w = [[1, -2, 0.5, 3], [0.25, 1, 1, -1]];
    const objective = (x: number[]) => rowsOf(x).reduce((acc, row, r) => acc + logSoftmax64(row).reduce((a, v, i) => a + v * w[r][i], 0), 0);
    const rowsOf = (x: number[]) => [x.slice(0, 4), x.slice(4)];
    const ours = tfGradient((x) => tf.mul(logSoftmax(x), w), s);
    expectClose(ours, finiteDifferences(objective, s.flat()), { rel: 1e-5, label: "FD" });
    expectClose(ours, tfGradient((x) => tf.mul(tf.logSoftmax(x), w), s), { rel: 1e-5, label: "tf.logSoftmax" });
    expectClose(tfGradient((x) => tf.mul(softmax(x), w), s), tfGradient((x) => tf.mul(tf.softmax(x), w), s), { rel: 1e-5, label: "softmax" });
  });

  it("work along another axis", () => {
    const s = [[1, 2, 3], [4, -1, 0]];
    const byColumns = flat(softmax(s, { axis: 0 }));
    const viaTranspose = flat(tf.transpose(softmax(tf.transpose(tf.tensor(s)))));
    expectClose(byColumns, viaTranspose, { rel: 1e-6, label: "axis 0" });
    expectClose(flat(logSoftmax(s, { axis: -2 })), flat(logSoftmax(s, { axis: 0 })), { rel: 0, label: "axis −2" });
  });

  it("reject a scalar, a NaN, an empty array and an axis out of range", () => {
    expect(() => softmax(3)).toThrow(ShapeError);
    expect(() => softmax(3)).toThrow("losslab.softmax: argument 'logits' must be a tensor of rank >= 1, but got a float32 tensor of shape [].");
    expect(() => logSoftmax([[1, NaN]])).toThrow("losslab.logSoftmax: argument 'logits' must be finite numbers, but got NaN at index [0, 1].");
    expect(() => softmax([])).toThrow("losslab.softmax: argument 'logits' must be a non-empty tensor");
    expect(() => softmax([1, 2], { axis: 1 })).toThrow(ValueError);
    expect(() => softmax([1, 2], { axis: 1 })).toThrow("losslab.softmax: argument 'axis' must be an integer >= -1 and <= 0, but got 1.");
  });
});
