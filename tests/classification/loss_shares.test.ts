import { sigmoidFocalLoss } from "losslab";
import { gaussianClasses, wellClassifiedLossShare } from "losslab-course";

describe("wellClassifiedLossShare", () => {
  const data = gaussianClasses({ counts: [200, 10], means: [[0, 0], [2, 2]], std: 1, seed: 5 });
  const model = { w: [1, 1], b: -3 };

  it("splits the summed loss between points with p_t > 0.5 and the rest", () => {
    const r = wellClassifiedLossShare(data, model, { gamma: 0 });
    const z = data.x.map((p) => p[0] + p[1] - 3);
    const total = sigmoidFocalLoss({ labels: data.y, logits: z, gamma: 0, reduction: "sum" }).dataSync()[0];
    expect(r.total).toBeCloseTo(total, 3);
    const easy = data.y.filter((t, i) => (t === 1 ? z[i] > 0 : z[i] < 0)).length;
    expect(r.wellClassified).toBe(easy);
    expect(r.share).toBeGreaterThan(0);
    expect(r.share).toBeLessThan(1);
  });

  it("is smaller under focal loss: (1 − p_t)^γ silences the easy points", () => {
    const ce = wellClassifiedLossShare(data, model, { gamma: 0 });
    const fl = wellClassifiedLossShare(data, model, { gamma: 2 });
    expect(fl.share).toBeLessThan(ce.share / 2);
  });
});
