import { degrees, radians, ShapeError, ValueError } from "losslab";
import { angleStatistics } from "losslab-course";

// features at given angles (degrees) and norms in the plane
const at = (deg: number, norm = 1) => [norm * Math.cos(radians(deg)), norm * Math.sin(radians(deg))];

describe("angleStatistics", () => {
  // class 0 at 0° ± 10°, class 1 at 90° ± 20°, class 2 at 200° (one feature); norms vary and must not matter
  const features = [at(-10, 3), at(10, 0.5), at(70, 2), at(110, 7), at(200, 1)];
  const labels = [0, 0, 1, 1, 2];
  const stats = angleStatistics({ features, labels });

  it("finds each class's centre direction and its intra-class angles, whatever the feature norms", () => {
    expect(stats.classes.map((c) => c.label)).toEqual([0, 1, 2]);
    expect(stats.classes[0].centre[0]).toBeCloseTo(1, 12);
    expect(stats.classes[1].centre[1]).toBeCloseTo(1, 12);
    expect(degrees(stats.classes[0].intraMean)).toBeCloseTo(10, 10);
    expect(degrees(stats.classes[1].intraMean)).toBeCloseTo(20, 10);
    expect(degrees(stats.classes[1].intraMax)).toBeCloseTo(20, 10);
    expect(stats.classes[2].intraMean).toBeCloseTo(0, 7);
    // (10 + 10 + 20 + 20 + 0) / 5 features; median of [0, 10, 10, 20, 20]
    expect(degrees(stats.intraMean)).toBeCloseTo(12, 10);
    expect(degrees(stats.intraMedian)).toBeCloseTo(10, 10);
  });

  it("measures inter-class angles between centres: mean over pairs, the closest pair, each class's nearest", () => {
    // centres at 0°, 90°, 200°: pairs 90°, 160°, 110°
    expect(degrees(stats.interMean)).toBeCloseTo(120, 10);
    expect(degrees(stats.interMin)).toBeCloseTo(90, 10);
    expect(stats.interMinPair).toEqual([0, 1]);
    expect(stats.classes.map((c) => c.nearestClass)).toEqual([1, 0, 1]);
    expect(degrees(stats.classes[2].nearestAngle)).toBeCloseTo(110, 10);
  });

  it("with class weights, measures each feature's angle to its own class weight", () => {
    const weights = [at(5, 2), at(90, 0.1), at(180)];
    const s = angleStatistics({ features, labels, weights });
    expect(degrees(s.classes[0].weightMean)).toBeCloseTo(10, 10); // 15° and 5°
    expect(degrees(s.classes[2].weightMean)).toBeCloseTo(20, 10);
    expect(degrees(s.weightMean)).toBeCloseTo((15 + 5 + 20 + 20 + 20) / 5, 10);
    expect(Number.isNaN(stats.weightMean)).toBe(true);
  });

  it("with a single class there is no inter-class angle (NaN), and it does not fail", () => {
    const s = angleStatistics({ features: [at(0), at(10)], labels: [4, 4] });
    expect(Number.isNaN(s.interMean)).toBe(true);
    expect(s.classes[0].nearestClass).toBe(-1);
  });

  it("checks its inputs", () => {
    expect(() => angleStatistics({ features, labels: [0, 1] })).toThrow(ShapeError);
    expect(() => angleStatistics({ features, labels, weights: [[1, 0, 0]] })).toThrow(ShapeError);
    expect(() => angleStatistics({ features, labels, weights: [at(0), at(90)] })).toThrow(ValueError);
  });
});
