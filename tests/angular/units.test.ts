import { degrees, radians } from "losslab";

describe("degrees and radians", () => {
  it("convert both ways", () => {
    expect(degrees(Math.PI)).toBe(180);
    expect(radians(30)).toBeCloseTo(Math.PI / 6, 15);
    expect(degrees(radians(47.5))).toBeCloseTo(47.5, 12);
  });
});
