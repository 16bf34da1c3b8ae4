import { aSoftmaxBoundaryAngle, aSoftmaxMargin, arcFaceTarget, decisionRule, DECISION_RULES, marginAlongLine, psi, ValueError } from "losslab";

const deg = (d: number) => (d * Math.PI) / 180;
const grid = Array.from({ length: 91 }, (_, i) => (i * Math.PI) / 90);

describe("A-Softmax's binary boundary: mθ₁ = θ₂ with θ₁ + θ₂ = K", () => {
  it("the notes' worked numbers for m = 2: K = 30° gives θ₁ = 10°, K = 120° gives 40°", () => {
    expect(aSoftmaxBoundaryAngle({ K: 30, m: 2 })).toBeCloseTo(10, 12);
    expect(aSoftmaxBoundaryAngle({ K: 120, m: 2 })).toBeCloseTo(40, 12);
    expect(aSoftmaxBoundaryAngle({ K: deg(30), m: 2 })).toBeCloseTo(deg(10), 12); // unit in, unit out
    // and the point at 10° / 20° lies exactly on rule (c)'s boundary
    expect(decisionRule("c", { m: 2 }).score(deg(10), deg(20))).toBeCloseTo(0, 12);
  });

  it("the notes' walk-through (K = 30°, m = 2): θ₁ = 11° is not class 1 (cos 22° < cos 19°); 9° is", () => {
    const c = decisionRule("c", { m: 2 });
    expect(c.holds(deg(11), deg(19))).toBe(false);
    expect(Math.cos(deg(22))).toBeLessThan(Math.cos(deg(19)));
    expect(c.holds(deg(9), deg(21))).toBe(true);
    expect(c.holds(deg(15), deg(15))).toBe(false); // halfway: the plain bisector would accept, the margin does not
    // K = 120°: θ₁ = 30° is class 1 (cos 60° > cos 90° = 0)
    expect(c.holds(deg(30), deg(90))).toBe(true);
  });

  it("the per-class margin K(m − 1)/(m + 1): the gap between the two classes' boundaries", () => {
    for (const m of [1, 2, 3, 4]) {
      for (const K of [30, 90, 120, 180]) {
        const class1 = aSoftmaxBoundaryAngle({ K, m }); // θ₁ where class 1's region ends
        const class2 = K - aSoftmaxBoundaryAngle({ K, m }); // θ₁ where class 2's region begins
        expect(aSoftmaxMargin({ K, m })).toBeCloseTo(class2 - class1, 10);
      }
    }
    expect(aSoftmaxMargin({ K: 30, m: 2 })).toBeCloseTo(10, 12);
    expect(aSoftmaxMargin({ K: 30, m: 1 })).toBe(0);
    expect(() => aSoftmaxMargin({ K: -1, m: 2 })).toThrow("losslab.aSoftmaxMargin: argument 'K' must be a number >= 0, but got -1.");
    expect(() => aSoftmaxBoundaryAngle({ K: 30, m: 0 })).toThrow(ValueError);
  });
});

describe("decision rules (a)–(e)", () => {
  const rules = [
    decisionRule("a", { w1Norm: 2, w2Norm: 1.5 }),
    decisionRule("b"),
    decisionRule("c", { m: 3 }),
    decisionRule("c", { m: 3, psi: true }),
    decisionRule("d", { m: 0.35 }),
    decisionRule("e", { m: 0.5 }),
  ];

  it("state the notes' five conditions", () => {
    const [t1, t2] = [0.7, 1.1];
    const [c1, c2] = [Math.cos(t1), Math.cos(t2)];
    expect(rules[0].score(t1, t2)).toBeCloseTo(2 * c1 - 1.5 * c2, 14);
    expect(rules[1].score(t1, t2)).toBeCloseTo(c1 - c2, 14);
    expect(rules[2].score(t1, t2)).toBeCloseTo(Math.cos(3 * t1) - c2, 14);
    expect(rules[3].score(t1, t2)).toBeCloseTo(psi(t1, 3) - c2, 14);
    expect(rules[4].score(t1, t2)).toBeCloseTo(c1 - c2 - 0.35, 14);
    expect(rules[5].score(t1, t2)).toBeCloseTo(Math.cos(t1 + 0.5) - c2, 14);
    expect(DECISION_RULES).toEqual(["a", "b", "c", "d", "e"]);
    expect(rules.map((r) => r.loss)).toEqual(["softmax", "modified softmax", "A-Softmax", "A-Softmax", "AM-Softmax / CosFace", "ArcFace"]);
    expect(rules[4].latex).toBe("\\cos\\theta_1 \\ge \\cos\\theta_2 + 0.35");
  });

  it("leaves out a weight norm of 1 in the softmax rule's LaTeX (the notes' 1.5 and 1 read '1.5 cos θ₁ ≥ cos θ₂')", () => {
    expect(decisionRule("a", { w1Norm: 1.5, w2Norm: 1 }).latex).toBe("1.5\\cos\\theta_1 \\ge \\cos\\theta_2");
    expect(decisionRule("a", { w1Norm: 2, w2Norm: 1.5 }).latex).toBe("2\\cos\\theta_1 \\ge 1.5\\cos\\theta_2");
    expect(decisionRule("a").latex).toBe("\\cos\\theta_1 \\ge \\cos\\theta_2");
  });

  it("boundary curves lie on score = 0, in the angle plane and the cosine plane; NaN where there is none", () => {
    for (const r of rules) {
      for (const t1 of grid) {
        const t2 = r.boundaryTheta2(t1);
        if (Number.isNaN(t2)) {
          // no boundary at this θ₁: the whole column belongs to one side
          const signs = new Set(grid.map((u) => r.holds(t1, u)));
          expect(signs.size).toBe(1);
        } else expect(Math.abs(r.score(t1, t2))).toBeLessThan(1e-12);
        const c2 = r.boundaryCos2(Math.cos(t1));
        if (!Number.isNaN(c2)) expect(Math.abs(r.scoreCos(Math.cos(t1), c2))).toBeLessThan(1e-12);
        expect(Number.isNaN(c2)).toBe(Number.isNaN(t2));
      }
    }
    expect(decisionRule("d", { m: 0.35 }).boundaryTheta2(Math.PI)).toBeNaN();
  });

  it("the angle and cosine planes agree: score(θ₁, θ₂) = scoreCos(cos θ₁, cos θ₂)", () => {
    for (const r of rules) for (const t1 of grid.slice(0, 90).filter((_, i) => i % 7 === 0)) for (const t2 of [0, 0.4, 2, Math.PI]) {
      expect(r.scoreCos(Math.cos(t1), Math.cos(t2))).toBeCloseTo(r.score(t1, t2), 9);
      if (Math.abs(r.score(t1, t2)) > 1e-9) expect(r.holdsCos(Math.cos(t1), Math.cos(t2))).toBe(r.holds(t1, t2));
    }
  });

  it("without margin (m = 1 for (c), m = 0 for (d), (e), equal norms for (a)) every rule is the bisector (b)", () => {
    const bisector = decisionRule("b");
    const plain = [decisionRule("a", { w1Norm: 3, w2Norm: 3 }), decisionRule("c", { m: 1 }), decisionRule("d", { m: 0 }), decisionRule("e", { m: 0 })];
    for (const r of plain) for (const t1 of grid) expect(r.boundaryTheta2(t1)).toBeCloseTo(bisector.boundaryTheta2(t1), 7);
  });

  it("class 2's condition swaps the classes' roles: θ₁ ↔ θ₂, and for (a) the norms too (softmax has one boundary)", () => {
    for (const r of rules.slice(1)) {
      for (const t1 of grid) for (const t2 of [0, 0.3, 1.2, 2.5, Math.PI]) expect(r.holdsClass2(t1, t2)).toBe(r.holds(t2, t1));
      for (const t of grid) {
        expect(r.class2BoundaryTheta1(t)).toEqual(r.boundaryTheta2(t));
        expect(r.class2BoundaryCos1(Math.cos(t))).toEqual(r.boundaryCos2(Math.cos(t)));
      }
    }
    const a = rules[0]; // ‖W₁‖ = 2, ‖W₂‖ = 1.5: class 2 is the complement of class 1
    for (const t1 of grid) for (const t2 of grid) {
      if (Math.abs(a.score(t1, t2)) > 1e-12) expect(a.holdsClass2(t1, t2)).toBe(!a.holds(t1, t2));
      if (Math.abs(a.scoreCos(Math.cos(t1), Math.cos(t2))) > 1e-12) expect(a.holdsClass2Cos(Math.cos(t1), Math.cos(t2))).toBe(!a.holdsCos(Math.cos(t1), Math.cos(t2)));
    }
    // both boundaries are the same curve: 2cos θ₁ = 1.5cos θ₂
    const t2 = a.boundaryTheta2(deg(60));
    expect(a.class2BoundaryTheta1(t2)).toBeCloseTo(deg(60), 12);
  });

  // class 2's region: the rule with the classes' roles exchanged
  const overlapAndBand = (r: ReturnType<typeof decisionRule>) => {
    const overlaps: [number, number][] = [];
    let neither = 0;
    for (const t1 of grid) for (const t2 of grid) {
      const [class1, class2] = [r.holds(t1, t2), r.holdsClass2(t1, t2)];
      // (0, 0) is on both boundaries (the weights coincide: K = 0), not an overlap of regions
      if (class1 && class2 && t1 + t2 > 0) overlaps.push([t1, t2]);
      if (!class1 && !class2) neither++;
    }
    return { overlaps, neither };
  };

  it("with a margin (ψ form of (c), and (d)) the two classes leave a band to neither and never overlap", () => {
    for (const r of [rules[3], rules[4]]) {
      const { overlaps, neither } = overlapAndBand(r);
      expect(overlaps).toEqual([]);
      expect(neither).toBeGreaterThan(0);
    }
  });

  it("the literal (c) and (e) overlap, but only where mθ > π or θ + m > π: why SphereFace uses ψ and ArcFace a fallback", () => {
    const c = overlapAndBand(rules[2]);
    expect(c.overlaps.length).toBeGreaterThan(0);
    for (const [t1, t2] of c.overlaps) expect(Math.max(t1, t2) * 3).toBeGreaterThan(Math.PI);
    const e = overlapAndBand(rules[5]);
    expect(e.overlaps.length).toBeGreaterThan(0);
    for (const [t1, t2] of e.overlaps) expect(Math.max(t1, t2) + 0.5).toBeGreaterThan(Math.PI);
    expect(e.neither).toBeGreaterThan(0);
  });

  it("(e) with ArcFace's fallback never overlaps, and equals the literal rule while θ₁ + m < π", () => {
    const fallback = decisionRule("e", { m: 0.5, fallback: true });
    const { overlaps, neither } = overlapAndBand(fallback);
    expect(overlaps).toEqual([]);
    expect(neither).toBeGreaterThan(0);
    for (const t1 of grid.filter((t) => t + 0.5 < Math.PI)) expect(fallback.score(t1, 1)).toBeCloseTo(rules[5].score(t1, 1), 12);
    expect(fallback.score(3, 1)).toBeCloseTo(arcFaceTarget(3, { m: 0.5 }) - Math.cos(1), 15);
    expect(fallback.latex).toBe("t_{0.5}(\\theta_1) \\ge \\cos\\theta_2");
  });

  it("(c) with ψ equals the literal cos(mθ₁) on [0, π/m]", () => {
    for (const t1 of grid.filter((t) => t <= Math.PI / 3)) expect(rules[3].score(t1, 1)).toBeCloseTo(rules[2].score(t1, 1), 12);
  });

  it("rejects unknown rules, margins out of range and angles outside [0, π]", () => {
    expect(() => decisionRule("f" as never)).toThrow("losslab.decisionRule: argument 'id' must be one of 'a', 'b', 'c', 'd', 'e', but got 'f'.");
    expect(() => decisionRule("c", { m: 2.5 })).toThrow("argument 'm' must be an integer >= 1 and <= 1000, but got 2.5.");
    expect(() => decisionRule("d", { m: 2 })).toThrow(ValueError);
    expect(() => decisionRule("a", { w1Norm: 0 })).toThrow("argument 'w1Norm' must be a number > 0, but got 0.");
    expect(() => decisionRule("b").score(4, 1)).toThrow("argument 'theta1' must be a number >= 0 and <= 3.14");
    expect(() => decisionRule("b").scoreCos(0.5, 1.5)).toThrow("argument 'cos2' must be a number >= -1 and <= 1, but got 1.5.");
  });
});

describe("marginAlongLine: the band between the two classes along θ₁ + θ₂ = K", () => {
  const Ks = [5, 20, 30, 60, 90, 120, 150, 180].map(deg);

  it("A-Softmax (c with ψ): K(m − 1)/(m + 1), the notes' per-class margin", () => {
    for (const m of [1, 2, 3, 4]) {
      for (const K of Ks) expect(marginAlongLine("c", { m, psi: true, K })).toBeCloseTo(aSoftmaxMargin({ K, m }), 9);
    }
  });

  it("CosFace (d): 2·arcsin(m / (2 sin(K/2))) while the margin fits (m ≤ 1 − cos K), else the whole segment K", () => {
    for (const m of [0.1, 0.35, 1]) {
      for (const K of Ks) {
        const fits = m <= 1 - Math.cos(K);
        expect(marginAlongLine("d", { m, K })).toBeCloseTo(fits ? 2 * Math.asin(m / (2 * Math.sin(K / 2))) : K, 9);
      }
    }
  });

  it("ArcFace (e): the additive angle m, the same for every K ≥ m", () => {
    for (const K of Ks) expect(marginAlongLine("e", { m: 0.5, fallback: true, K })).toBeCloseTo(Math.min(0.5, K), 9);
  });

  it("no margin without one: softmax (any norms) and modified softmax give 0", () => {
    for (const K of Ks) {
      expect(marginAlongLine("a", { K })).toBeLessThan(1e-12);
      expect(marginAlongLine("a", { K, w1Norm: 1.5, w2Norm: 1 })).toBeLessThan(1e-12);
      expect(marginAlongLine("b", { K })).toBeLessThan(1e-12);
    }
    expect(() => marginAlongLine("b", { K: 4 })).toThrow(ValueError);
  });
});
