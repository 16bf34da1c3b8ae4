import { degrees, radians, ShapeError, ValueError } from "losslab";
import { pairAngles } from "losslab-course";

const at = (deg: number) => [Math.cos(radians(deg)), Math.sin(radians(deg)), 0];

describe("pairAngles", () => {
  const features = [at(0), at(10), at(30), at(90), at(100), at(180)];
  const labels = [0, 0, 0, 1, 1, 2];

  it("splits every pair i < j into positive (same class) and negative (different classes) angles", () => {
    const p = pairAngles({ features, labels });
    expect(p.positive.length + p.negative.length).toBe(15);
    expect(p.positive.map(degrees).map(Math.round).sort((a, b) => a - b)).toEqual([10, 10, 20, 30]);
    expect(p.negative.length).toBe(11);
  });

  it("keeps only the chosen classes, as SphereFace's Figure 5 does with two classes", () => {
    const p = pairAngles({ features, labels, classes: [0, 1] });
    expect(p.positive.length).toBe(4);
    expect(p.negative.map(degrees).map(Math.round).sort((a, b) => a - b)).toEqual([60, 70, 80, 90, 90, 100]);
  });

  it("checks its inputs", () => {
    expect(() => pairAngles({ features, labels: [0] })).toThrow(ShapeError);
    expect(() => pairAngles({ features, labels, classes: [7] })).toThrow(ValueError);
    expect(() => pairAngles({ features, labels, classes: [] })).toThrow(ValueError);
  });
});
