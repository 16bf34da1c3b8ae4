import { MARGIN_LOSSES, psi, targetLogit, ValueError } from "losslab";

describe("targetLogit: the true class's logit as a function of θ", () => {
  const thetas = Array.from({ length: 37 }, (_, i) => (i * Math.PI) / 36);

  it("follows each loss's formula", () => {
    for (const theta of thetas) {
      const c = Math.cos(theta);
      expect(targetLogit({ loss: "softmax", theta, wNorm: 2, xNorm: 3, bias: 0.5 })).toBeCloseTo(6 * c + 0.5, 12);
      expect(targetLogit({ loss: "modifiedSoftmax", theta, xNorm: 3 })).toBeCloseTo(3 * c, 12);
      expect(targetLogit({ loss: "lSoftmax", theta, wNorm: 2, xNorm: 3, m: 2 })).toBeCloseTo(6 * psi(theta, 2), 12);
      expect(targetLogit({ loss: "lSoftmax", theta, wNorm: 2, xNorm: 3, m: 3, lambda: 4 })).toBeCloseTo((6 * (4 * c + psi(theta, 3))) / 5, 12);
      expect(targetLogit({ loss: "aSoftmax", theta, xNorm: 3, m: 4, lambda: 5 })).toBeCloseTo((3 * (5 * c + psi(theta, 4))) / 6, 12);
      expect(targetLogit({ loss: "cosFace", theta, s: 30, m: 0.35 })).toBeCloseTo(30 * (c - 0.35), 12);
      const arc = theta + 0.5 < Math.PI ? Math.cos(theta + 0.5) : c - 0.5 * Math.sin(0.5);
      expect(targetLogit({ loss: "arcFace", theta, s: 64, m: 0.5 })).toBeCloseTo(64 * arc, 10);
    }
  });

  it("defaults: ‖x‖ = ‖W‖ = 1, m = 4 for L-/A-Softmax, s = 64 with m = 0.35 (CosFace) and m = 0.5 (ArcFace)", () => {
    expect(targetLogit({ loss: "aSoftmax", theta: 1 })).toBeCloseTo(psi(1, 4), 12);
    expect(targetLogit({ loss: "cosFace", theta: 1 })).toBeCloseTo(64 * (Math.cos(1) - 0.35), 12);
    expect(targetLogit({ loss: "arcFace", theta: 1 })).toBeCloseTo(64 * Math.cos(1.5), 12);
  });

  it("without margin every loss is a scaled cos θ: m = 1 for L-/A-Softmax, m = 0 for CosFace and ArcFace", () => {
    for (const theta of thetas) {
      const c = Math.cos(theta);
      expect(targetLogit({ loss: "aSoftmax", theta, m: 1, xNorm: 2, lambda: 7 })).toBeCloseTo(2 * c, 12);
      expect(targetLogit({ loss: "lSoftmax", theta, m: 1 })).toBeCloseTo(c, 12);
      expect(targetLogit({ loss: "cosFace", theta, m: 0, s: 10 })).toBeCloseTo(10 * c, 12);
      expect(targetLogit({ loss: "arcFace", theta, m: 0, s: 10 })).toBeCloseTo(10 * c, 12);
    }
  });

  it("a margin never raises the target logit above the plain ‖x‖cos θ (s cos θ)", () => {
    for (const theta of thetas) {
      const c = Math.cos(theta);
      for (const loss of ["lSoftmax", "aSoftmax"] as const) expect(targetLogit({ loss, theta, m: 3 })).toBeLessThanOrEqual(c + 1e-12);
      for (const loss of ["cosFace", "arcFace"] as const) expect(targetLogit({ loss, theta, s: 1 })).toBeLessThanOrEqual(c + 1e-12);
    }
  });

  it("lists the six losses and rejects bad options, naming targetLogit", () => {
    expect(MARGIN_LOSSES).toEqual(["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace"]);
    expect(() => targetLogit({ loss: "sphereFace" as never, theta: 1 })).toThrow("losslab.targetLogit: argument 'loss' must be one of 'softmax'");
    expect(() => targetLogit({ loss: "cosFace", theta: 1, m: 2 })).toThrow("losslab.targetLogit: argument 'm' must be a number >= 0 and < 2, but got 2.");
    expect(() => targetLogit({ loss: "arcFace", theta: 1, m: 4 })).toThrow("losslab.targetLogit: argument 'm' must be a number >= 0 and < 3.14");
    expect(() => targetLogit({ loss: "aSoftmax", theta: 1, m: 1.5 })).toThrow(ValueError);
    expect(() => targetLogit({ loss: "cosFace", theta: 1, s: 0 })).toThrow("argument 's' must be a number > 0, but got 0.");
    expect(() => targetLogit({ loss: "softmax", theta: 3.5 })).toThrow("argument 'theta' must be a number >= 0 and <= 3.14");
  });
});
