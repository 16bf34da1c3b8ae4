import { ValueError } from "losslab";
import { contrastiveConventionRows, contrastiveCurves } from "losslab-course";

describe("contrastiveCurves", () => {
  it("gives the notes' d², max(0, m² − d²) and Hadsell's ½d², ½max(0, m − d)² against d", () => {
    const d = [0, 0.5, 1, 1.5];
    const c = contrastiveCurves({ distances: d, margin: 1.2 });
    const close = (got: number[], want: number[]) => got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 5));
    close(c.notes.similar, d.map((v) => v * v));
    close(c.notes.dissimilar, d.map((v) => Math.max(0, 1.44 - v * v)));
    close(c.hadsell.similar, d.map((v) => 0.5 * v * v));
    close(c.hadsell.dissimilar, d.map((v) => 0.5 * Math.max(0, 1.2 - v) ** 2));
    expect(c.margin).toBe(1.2);
  });

  it("rejects an empty list or a negative margin", () => {
    expect(() => contrastiveCurves({ distances: [] })).toThrow(/distances/);
    expect(() => contrastiveCurves({ distances: [1], margin: -1 })).toThrow(ValueError);
  });
});

describe("contrastiveConventionRows", () => {
  const rows = contrastiveConventionRows({ distances: [0.5, 1.5], margin: 1 });
  const values = (k: number) => [rows[k]["similar pair, d = 0.5"], rows[k]["similar pair, d = 1.5"], rows[k]["dissimilar pair, d = 0.5"], rows[k]["dissimilar pair, d = 1.5"]] as number[];
  const close = (got: number[], want: number[]) => got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 5));

  it("the notes (y = 0 similar): d² and max(0, m² − d²)", () => {
    expect(rows[0]["similar pair labelled"]).toBe("y = 0");
    close(values(0), [0.25, 2.25, 0.75, 0]);
  });

  it("Hadsell et al.: ½d² and ½max(0, m − d)²", () => close(values(1), [0.125, 1.125, 0.125, 0]));

  it("TensorFlow Addons (y = 1 similar): d² and max(0, m − d)²", () => {
    expect(rows[2]["similar pair labelled"]).toBe("y = 1");
    close(values(2), [0.25, 2.25, 0.25, 0]);
  });

  it("the mistake row swaps the roles: similar pairs pay the hinge, dissimilar pairs pay d²", () => {
    close(values(3), [0.25, 0, 0.25, 2.25]);
    expect(rows).toHaveLength(4);
  });
});
