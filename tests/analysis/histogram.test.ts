import { ValueError } from "losslab";
import { histogram, quantile } from "losslab-course";

describe("histogram", () => {
  it("counts values in equal bins, the last bin including its upper edge; density integrates to 1", () => {
    const h = histogram([0, 0.1, 0.5, 0.99, 1, 1], { bins: 2, min: 0, max: 1 });
    expect(h.edges).toEqual([0, 0.5, 1]);
    expect(h.centres).toEqual([0.25, 0.75]);
    expect(h.counts).toEqual([2, 4]);
    expect(h.density.reduce((s, d) => s + d * 0.5, 0)).toBeCloseTo(1, 15);
  });

  it("leaves out values outside an explicit range; defaults to the values' range", () => {
    expect(histogram([-1, 0.2, 2], { bins: 1, min: 0, max: 1 }).counts).toEqual([1]);
    const h = histogram([2, 4, 6], { bins: 2 });
    expect([h.edges[0], h.edges[2]]).toEqual([2, 6]);
    expect(histogram([], { bins: 3 }).density).toEqual([0, 0, 0]);
    expect(histogram([5, 5]).total).toBe(2);
  });

  it("checks its inputs", () => {
    expect(() => histogram([1, NaN])).toThrow(ValueError);
    expect(() => histogram([1], { bins: 0 })).toThrow(ValueError);
    expect(() => histogram([1], { min: 2, max: 1 })).toThrow(ValueError);
  });
});

describe("quantile", () => {
  it("interpolates between order statistics", () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 0], 0.95)).toBeCloseTo(9.5, 12);
    expect(quantile([5], 0.3)).toBe(5);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
    expect(() => quantile([1], 2)).toThrow(ValueError);
  });
});
