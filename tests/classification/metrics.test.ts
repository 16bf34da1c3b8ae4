import { ShapeError, ValueError } from "losslab";
import { binaryMetrics } from "losslab-course";

describe("binaryMetrics", () => {
  it("counts the confusion matrix of the positive class at the threshold", () => {
    const m = binaryMetrics([1, 1, 1, 0, 0, 0, 0, 0], [0.9, 0.6, 0.2, 0.7, 0.1, 0.1, 0.4, 0.5]);
    expect(m).toMatchObject({ truePositives: 2, falseNegatives: 1, falsePositives: 2, trueNegatives: 3 });
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.precision).toBeCloseTo(0.5, 12);
    expect(m.f1).toBeCloseTo(4 / 7, 12);
    expect(m.accuracy).toBeCloseTo(5 / 8, 12);
  });

  it("scores 0 (not NaN) when nothing is predicted positive, and can take class 0 as positive", () => {
    const never = binaryMetrics([1, 0, 0, 0], [0.1, 0.1, 0.1, 0.1]);
    expect(never).toMatchObject({ recall: 0, precision: 0, f1: 0, accuracy: 0.75 });
    expect(binaryMetrics([1, 0], [0.2, 0.3], { positive: 0, threshold: 0.25 }).recall).toBe(1);
  });

  it("rejects mismatched lengths and a threshold outside [0, 1]", () => {
    expect(() => binaryMetrics([1, 0], [0.5])).toThrow(ShapeError);
    expect(() => binaryMetrics([1], [0.5], { threshold: 2 })).toThrow(ValueError);
  });
});
