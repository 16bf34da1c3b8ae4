import * as fc from "fast-check";
import { tf, ShapeError, ValueError } from "losslab";
import { LinearRegression, loadAnscombe, type Theta } from "losslab-course";

// float64 results compared with float64 references: a tight relative tolerance
const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe("LinearRegression", () => {
  const { x, y } = loadAnscombe("I");

  it("finds Anscombe's published line for set I: y = 3.00 + 0.500 x", () => {
    const raw = new LinearRegression(x, y, { center: false });
    const [b0, b1] = raw.leastSquares();
    // Anscombe (1973) reports intercept 3.0 and slope 0.5 for all four sets, to the digits printed
    expect(b0).toBeCloseTo(3.0001, 3);
    expect(b1).toBeCloseTo(0.5001, 3);
    // centring only moves the intercept to the value at x̄: same line
    const centred = new LinearRegression(x, y);
    const [c0, c1] = centred.leastSquares();
    expect(close(c1, b1)).toBe(true);
    expect(close(c0, b0 + b1 * centred.xOffset)).toBe(true);
  });

  it("cost is ½·mean squared residual, checked against a plain loop and tf.losses.meanSquaredError", () => {
    const model = new LinearRegression(x, y);
    const theta: Theta = [7.2, 0.31];
    let s = 0;
    x.forEach((xi, i) => (s += (theta[0] + theta[1] * (xi - model.xOffset) - y[i]) ** 2));
    expect(close(model.cost(theta), s / (2 * x.length))).toBe(true);
    const pred = tf.tensor1d(x.map((xi) => model.predict(theta, xi)));
    const mse = tf.losses.meanSquaredError(tf.tensor1d(y), pred).dataSync()[0];
    expect(Math.abs(model.cost(theta) - mse / 2) / (mse / 2)).toBeLessThan(1e-5); // float32 reference
  });

  it("gradient matches tf.grad (float32) and central finite differences (float64) on random θ and batches", () => {
    const model = new LinearRegression(x, y);
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: x.length - 1 }), { minLength: 1, maxLength: x.length }),
        (t0, t1, batch) => {
          const theta: Theta = [t0, t1];
          const g = model.gradient(theta, batch);
          const h = 1e-5;
          for (let k = 0; k < 2; k++) {
            const plus: Theta = [...theta];
            const minus: Theta = [...theta];
            plus[k] += h;
            minus[k] -= h;
            const fd = (model.cost(plus, batch) - model.cost(minus, batch)) / (2 * h);
            expect(Math.abs(fd - g[k])).toBeLessThan(1e-5 * Math.max(1, Math.abs(g[k])));
          }
          const u = tf.tensor1d(batch.map((i) => x[i] - model.xOffset));
          const yt = tf.tensor1d(batch.map((i) => y[i]));
          const tg = tf.grad((th: tf.Tensor) =>
            tf.div(tf.sum(tf.square(tf.sub(tf.add(th.slice(0, 1), tf.mul(th.slice(1, 1), u)), yt))), 2 * batch.length),
          )(tf.tensor1d(theta)).dataSync();
          for (let k = 0; k < 2; k++) expect(Math.abs(tg[k] - g[k])).toBeLessThan(1e-4 * Math.max(1, Math.abs(g[k])));
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it("Hessian eigenvalues: centring turns a condition number near 830 into the variance ratio 10", () => {
    const raw = new LinearRegression(x, y, { center: false });
    const centred = new LinearRegression(x, y);
    // raw Hessian [[1, 9], [9, 91]]: λ = (92 ± √(90² + 4·81)) / 2
    const lamHi = (92 + Math.sqrt(90 * 90 + 4 * 81)) / 2;
    const lamLo = (92 - Math.sqrt(90 * 90 + 4 * 81)) / 2;
    expect(close(raw.conditionNumber(), lamHi / lamLo)).toBe(true);
    // centred Hessian diag(1, var(x)) with var(x) = 10 for x = 4..14
    expect(centred.curvatures()).toEqual([10, 1]);
    expect(close(centred.maxStableLearningRate(), 0.2)).toBe(true);
  });

  it("rejects bad input with errors that name the function and argument", () => {
    expect(() => new LinearRegression([1, 2], [1])).toThrow("argument 'y' must be of the same length as 'x' (2), but got length 1");
    expect(() => new LinearRegression([3, 3], [1, 2], { center: false }).leastSquares()).toThrow("losslab.solve2: the matrix is singular.");
    expect(() => new LinearRegression([1, 2], [1, 2, 3])).toThrow(ShapeError);
    expect(() => new LinearRegression([1, 2], [1, 2, 3])).toThrow("losslab.LinearRegression: argument 'y' must be of the same length as 'x' (2)");
    expect(() => new LinearRegression([1, NaN], [1, 2])).toThrow("argument 'x[1]' must be a finite number, but got NaN");
    expect(() => new LinearRegression([], [])).toThrow(ShapeError);
    const model = new LinearRegression(x, y);
    expect(() => model.cost([0, 0], [])).toThrow(ShapeError);
    expect(() => model.gradient([0, 0], [11])).toThrow(ValueError);
    expect(() => model.gradient([0, 0], [11])).toThrow("argument 'indices[0]' must be an integer >= 0 and <= 10, but got 11");
  });
});
