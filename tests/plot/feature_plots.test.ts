import { featureEpochsFigure, featureFigure, liveFeatureFigure, liveSphereFigure, snapshotTitle, sphereFigure,
         vectorNorm, type FeatureSnapshot } from "losslab-course";

const snapshot = (epoch: number, d = 2): FeatureSnapshot => ({
  epoch,
  epochs: 3,
  loss: 0.5,
  testAccuracy: 0.912,
  seconds: 1,
  lambda: NaN,
  features: [[3, 4, 0], [0, -2, 1], [-1, 0, 0], [2, 2, 2]].map((f) => f.slice(0, d).map((v) => v * (epoch + 1))),
  labels: [0, 1, 1, 3],
  rows: [10, 11, 12, 13],
  weights: [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]].map((w) => w.slice(0, d)),
});

describe("featureFigure", () => {
  it("one trace per digit, in the digit's colour, with hover text naming the test image", () => {
    const fig = featureFigure([{ title: "p", features: snapshot(0).features, labels: snapshot(0).labels, rows: snapshot(0).rows }], { title: "t" });
    const digits = fig.data.filter((t) => t.name?.startsWith("digit"));
    expect(digits.map((t) => t.name)).toEqual(["digit 0", "digit 1", "digit 3"]);
    expect((digits[1].text as string[])[0]).toBe("digit 1 · test image 11<br>‖x‖ = 2, direction -90°");
    expect((digits[0].marker as { color: string }).color).toBe("#332288");
  });

  it("projected panels put every point on the unit circle and draw the circle and the weight directions", () => {
    const s = snapshot(1);
    const fig = featureFigure([{ title: "a", features: s.features, labels: s.labels, weights: s.weights, projected: true }, { title: "b", features: s.features, labels: s.labels }], { title: "t" });
    const projected = fig.data.filter((t) => t.name?.startsWith("digit") && t.xaxis === "x");
    projected.forEach((t) => (t.x as number[]).forEach((x, i) => expect(vectorNorm([x, (t.y as number[])[i]])).toBeCloseTo(1, 12)));
    expect(fig.data.some((t) => t.name === "unit circle")).toBe(true);
    expect(fig.data.filter((t) => t.name?.startsWith("w")).length).toBe(4);
    // the second panel on its own axes, legend only once
    expect(fig.data.filter((t) => t.xaxis === "x2" && t.showlegend).length).toBe(0);
    expect(fig.layout.yaxis2).toMatchObject({ scaleanchor: "x2" });
  });

  it("refuses 3-D features", () => {
    expect(() => featureFigure([{ title: "p", features: [[1, 2, 3]], labels: [0] }], { title: "t" })).toThrow("2-D features");
  });
});

describe("training pictures", () => {
  it("titles a snapshot with epoch, accuracy and λ", () => {
    expect(snapshotTitle("softmax", snapshot(2))).toBe("softmax · epoch 2/3 · test accuracy 91.2 %");
    expect(snapshotTitle("A", { ...snapshot(2), lambda: 5 })).toBe("A · epoch 2/3 · test accuracy 91.2 % · λ = 5");
  });

  it("live 2-D: original and projected side by side; epochs: one slider step per snapshot", () => {
    expect(liveFeatureFigure("softmax", snapshot(1)).layout.annotations).toHaveLength(2);
    const fig = featureEpochsFigure("softmax", [snapshot(0), snapshot(1), snapshot(2)]);
    const steps = (fig.layout.sliders as { steps: { label: string }[]; active: number }[])[0];
    expect(steps.steps.map((s) => s.label)).toEqual(["0", "1", "2"]);
    expect(steps.active).toBe(2);
  });

  it("3-D: features on the unit sphere, one scene per panel, pair-angle histograms below", () => {
    const s = snapshot(0, 3);
    const fig = sphereFigure([{ title: "a", features: s.features, labels: s.labels }, { title: "b", features: s.features, labels: s.labels }], {
      title: "t",
      pairs: [{ positive: [0.1, 0.2], negative: [1.5] }, { positive: [0.3], negative: [2, 2.5] }],
    });
    expect(fig.layout.scene).toBeDefined();
    expect(fig.layout.scene2).toBeDefined();
    const pts = fig.data.filter((t) => t.type === "scatter3d" && t.name?.startsWith("digit"));
    pts.forEach((t) => (t.x as number[]).forEach((x, i) => expect(vectorNorm([x, (t.y as number[])[i], (t.z as number[])[i]])).toBeCloseTo(1, 12)));
    const bars = fig.data.filter((t) => t.type === "bar");
    expect(bars.length).toBe(4);
    expect(bars[0].xaxis).toBe("x");
    expect(bars[3].xaxis).toBe("x2");
    // one y scale for every histogram: the tallest bar of any panel sets it
    const tallest = Math.max(...bars.flatMap((b) => b.y as number[]));
    const layout = fig.layout as Record<string, any>;
    expect(layout.yaxis.range).toEqual([0, 1.05 * tallest]);
    expect(layout.yaxis2.range).toEqual([0, 1.05 * tallest]);
    // no axis titles floating between the spheres
    expect([layout.scene.xaxis.title.text, layout.scene2.zaxis.title.text]).toEqual(["", ""]);
    expect(() => sphereFigure([{ title: "p", features: [[1, 2]], labels: [0] }], { title: "t" })).toThrow("3-D features");
    expect(liveSphereFigure("x", s).layout.scene).toBeDefined();
  });
});
