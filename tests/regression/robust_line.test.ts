import { ShapeError, ValueError } from "losslab";
import { fitLine, fitsAgainstHeight, huberLimitGaps, largestResidualIndex, lineCost, lineGradient, lineResiduals,
         LinearRegression, loadAnscombe, pullShare, residualGradient, residualLoss, smallestCostChange, type LineTheta } from "losslab-course";

const { x, y } = loadAnscombe("III");
const OUTLIER = 2; // (13, 12.74)

/** Every line through two data points: the least-absolute-deviations line is one of them. */
function bestL1ThroughPairs(xs: number[], ys: number[]): number {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[i] === xs[j]) continue;
      const b = (ys[j] - ys[i]) / (xs[j] - xs[i]);
      const theta: LineTheta = [ys[i] - b * xs[i], b];
      best = Math.min(best, xs.reduce((s, xi, k) => s + Math.abs(theta[0] + theta[1] * xi - ys[k]), 0) / xs.length);
    }
  }
  return best;
}

describe("residual losses", () => {
  const r = [-5, -1, -0.25, 0, 0.5, 2, 7];
  it("are ½r², |r| and Huber's loss, from the library's losses", () => {
    const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 5));
    close(residualLoss(r, { loss: "l2" }), r.map((v) => 0.5 * v * v));
    close(residualLoss(r, { loss: "l1" }), r.map(Math.abs));
    close(residualLoss(r, { loss: "huber", delta: 1 }), r.map((v) => (Math.abs(v) <= 1 ? 0.5 * v * v : Math.abs(v) - 0.5)));
  });

  it("pull with r, sign(r) and clip(r, −δ, δ)", () => {
    expect(residualGradient(r, { loss: "l2" })).toEqual(r);
    expect(residualGradient(r, { loss: "l1" })).toEqual(r.map(Math.sign));
    expect(residualGradient(r, { loss: "huber", delta: 2 })).toEqual(r.map((v) => Math.max(-2, Math.min(2, v))));
  });

  it("reject an unknown loss, a bad δ and an empty input", () => {
    expect(() => residualLoss(r, { loss: "l3" as never })).toThrow(ValueError);
    expect(() => residualLoss(r, { loss: "huber", delta: 0 })).toThrow("must be a number > 0");
    expect(() => residualGradient([], { loss: "l2" })).toThrow(ShapeError);
  });
});

describe("fitLine on Anscombe's set III", () => {
  it("gives the least-squares line under L2 in one step, as the normal equations do", () => {
    const fit = fitLine(x, y, { loss: "l2" });
    const model = new LinearRegression(x, y, { center: false });
    const [a, b] = model.leastSquares();
    expect(fit.iterations).toBe(1);
    expect(fit.theta[0]).toBeCloseTo(a, 9);
    expect(fit.theta[1]).toBeCloseTo(b, 9);
    expect(fit.theta[0]).toBeCloseTo(3.0, 2); // Anscombe's published line ŷ = 3.00 + 0.500x
    expect(fit.theta[1]).toBeCloseTo(0.5, 3);
  });

  it("finds the least-absolute-deviations line under L1 (no line through two points does better)", () => {
    const fit = fitLine(x, y, { loss: "l1" });
    expect(fit.converged).toBe(true);
    expect(fit.cost).toBeLessThanOrEqual(bestL1ThroughPairs(x, y) * (1 + 1e-5));
    expect(Math.abs(fit.residuals[OUTLIER])).toBeGreaterThan(4); // the outlier is ignored
  });

  it("puts Huber's line between L1's and L2's, at a zero gradient", () => {
    const l1 = fitLine(x, y, { loss: "l1" }).theta[1];
    const l2 = fitLine(x, y, { loss: "l2" }).theta[1];
    const huber = fitLine(x, y, { loss: "huber", delta: 1 });
    expect(huber.converged).toBe(true);
    expect(huber.theta[1]).toBeGreaterThan(l1);
    expect(huber.theta[1]).toBeLessThan(l2);
    lineGradient(x, y, huber.theta, { loss: "huber", delta: 1 }).forEach((g) => expect(Math.abs(g)).toBeLessThan(1e-5));
  });

  it("is a minimum of each cost: every small step raises J", () => {
    for (const loss of ["l2", "l1", "huber"] as const) {
      const fit = fitLine(x, y, { loss });
      expect(smallestCostChange(x, y, fit.theta, { loss })).toBeGreaterThan(0);
      expect(smallestCostChange(x, y, [fit.theta[0] + 0.1, fit.theta[1]], { loss })).toBeLessThan(0);
    }
  });

  it("tends to L2's line for large δ and to L1's for small δ", () => {
    const l1 = fitLine(x, y, { loss: "l1" }).theta[1];
    const l2 = fitLine(x, y, { loss: "l2" }).theta[1];
    expect(fitLine(x, y, { loss: "huber", delta: 10 }).theta[1]).toBeCloseTo(l2, 6);
    expect(fitLine(x, y, { loss: "huber", delta: 1e-3 }).theta[1]).toBeCloseTo(l1, 3);
  });

  it("rejects one distinct x, mismatched lengths and a bad iteration count", () => {
    expect(() => fitLine([1, 1], [1, 2], { loss: "l2" })).toThrow("at least two distinct values");
    expect(() => fitLine([1, 2], [1], { loss: "l2" })).toThrow(ShapeError);
    expect(() => fitLine(x, y, { loss: "l1", maxIterations: 0 })).toThrow(ValueError);
  });
});

describe("the outlier's pull", () => {
  // computed in beforeAll, not while jest collects the tests: the wasm backend is ready only then
  let l2: LineTheta;
  beforeAll(() => {
    l2 = fitLine(x, y, { loss: "l2" }).theta;
  });

  it("finds the outlier as the largest residual", () => {
    expect(largestResidualIndex(lineResiduals(x, y, l2))).toBe(OUTLIER);
    expect(largestResidualIndex([1, -3, 3])).toBe(1);
  });

  it("is unbounded under L2 and capped at 1 and δ under L1 and Huber", () => {
    const under = (loss: "l1" | "l2" | "huber") => pullShare(x, y, l2, OUTLIER, { loss, delta: 0.5 });
    expect(under("l2").pull).toBeCloseTo(lineResiduals(x, y, l2)[OUTLIER], 5);
    expect(under("l1").pull).toBe(-1);
    expect(under("huber").pull).toBe(-0.5);
    expect(under("l1").share).toBeCloseTo(1 / 11, 9);
    expect(under("l2").share).toBeGreaterThan(under("huber").share);
    expect(under("huber").share).toBeGreaterThan(under("l1").share);
  });

  it("drags the L2 slope up with its height but not the L1 slope", () => {
    const heights = [8.5, 20, 40];
    const slopes = (loss: "l1" | "l2") => fitsAgainstHeight(x, y, OUTLIER, heights, { loss }).map((f) => f.theta[1]);
    const [a, b, c] = slopes("l2");
    expect(b).toBeGreaterThan(a);
    expect(c - b).toBeCloseTo((b - a) * (20 / 11.5), 6); // linear in the height
    const l1 = slopes("l1");
    expect(l1[2]).toBeCloseTo(l1[1], 4);
  });

  it("matches the mean of the per-point pulls in the gradient", () => {
    const theta: LineTheta = [4, 0.3];
    const g = lineGradient(x, y, theta, { loss: "huber" });
    const pulls = pullShare(x, y, theta, 0, { loss: "huber" }).pulls;
    expect(g[0]).toBeCloseTo(pulls.reduce((s, p) => s + p, 0) / x.length, 9);
    expect(lineCost(x, y, theta, { loss: "l2" })).toBeCloseTo(new LinearRegression(x, y, { center: false }).cost(theta), 5);
  });
});

describe("huberLimitGaps", () => {
  it("is 0 to ½r² once δ covers every residual, and δ/2 to |r| (after dividing by δ)", () => {
    const r = [-4, -1, 0, 0.5, 3];
    const [big, mid, small] = huberLimitGaps(r, [4, 1, 0.01]);
    expect(big.gapToL2).toBe(0);
    expect(mid.gapToL2).toBeCloseTo(0.5 * 16 - 3.5, 5);
    expect(small.gapToL1).toBeCloseTo(0.005, 5);
  });
});
