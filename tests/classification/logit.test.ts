import { logit } from "losslab-course";

describe("logit", () => {
  it("inverts the sigmoid, with infinities at 0 and 1", () => {
    for (const p of [1e-9, 0.1, 0.5, 0.968, 1 - 1e-9]) expect(1 / (1 + Math.exp(-logit(p)))).toBeCloseTo(p, 12);
    expect(logit(0.1)).toBeCloseTo(Math.log(0.1 / 0.9), 14);
    expect([logit(0), logit(1)]).toEqual([-Infinity, Infinity]);
    expect(() => logit(1.5)).toThrow("must be a number >= 0 and <= 1");
  });
});
