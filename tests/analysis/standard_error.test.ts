import { ValueError } from "losslab";
import { rateStandardError } from "losslab-course";

describe("rateStandardError", () => {
  it("is the binomial standard error √(p(1 − p)/n)", () => {
    expect(rateStandardError(0.05, 2000)).toBeCloseTo(Math.sqrt(0.0475 / 2000), 15);
    expect(rateStandardError(0.004, 10000)).toBeCloseTo(0.000631, 6);
    expect(rateStandardError(0, 10)).toBe(0);
    expect(() => rateStandardError(1.5, 10)).toThrow(ValueError);
    expect(() => rateStandardError(0.5, 0)).toThrow(ValueError);
  });
});
