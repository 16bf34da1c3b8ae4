import { focalLossFigure, linearBoundariesFigure, softmaxGradientFigure } from "losslab-course";

type XY = { x: (number | string)[]; y: number[]; name: string; visible?: boolean };

describe("lesson 03 figures", () => {
  it("show softmax, sigmoid and ∂CE/∂s = f(s) − t per class for each score of the positive class", () => {
    const f = softmaxGradientFigure({ logits: [2, 1, -1], positive: 2, values: [-1, 0], active: -1 });
    const data = f.data as XY[];
    expect(data).toHaveLength(6);
    const [soft, sig, grad] = data;
    expect(soft.y.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(sig.y[0]).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(grad.y[2]).toBeCloseTo(soft.y[2] - 1, 6);
    expect(grad.y[0]).toBeCloseTo(soft.y[0], 6);
    expect(soft.x[2]).toBe("class 3 (positive, p)");
    expect(data.map((t) => t.visible)).toEqual([true, true, true, false, false, false]);
    expect((f.layout.title as { text: string }).text).toContain("CE = −log f(s)_p = 3.349");
    expect(f.layout["title.text"]).toBeUndefined();
  });

  it("reproduce the focal loss paper's Figure 1: γ = 0 is cross-entropy, larger γ lowers easy examples' loss", () => {
    const f = focalLossFigure({ gammas: [0, 2, 5], probabilities: [0.1, 0.9] });
    const [ce, g2, g5] = f.data as XY[];
    expect(ce.y[0]).toBeCloseTo(-Math.log(0.1), 5);
    expect(g2.y[1]).toBeCloseTo(-0.01 * Math.log(0.9), 6);
    expect(g5.y[1]).toBeLessThan(g2.y[1]);
    expect(ce.name).toBe("γ = 0 (cross-entropy)");
  });

  it("draw the two classes and each linear boundary w·x + b = 0", () => {
    const data = { x: [[0, 0], [1, 1], [3, 3]], y: [0, 0, 1] };
    const f = linearBoundariesFigure({ data, title: "b", models: [{ label: "m", model: { w: [1, 1], b: -4 }, color: 5 }] });
    const [c0, c1, boundary] = f.data as XY[];
    expect(c0.name).toBe("class 0 (2 points)");
    expect(c1.x).toEqual([3]);
    boundary.x.forEach((u, i) => expect((u as number) + boundary.y[i]).toBeCloseTo(4, 9));
  });
});
