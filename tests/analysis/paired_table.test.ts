import { ValueError } from "losslab";
import { pairedComparison, pairedRow, pairedSummary, pairedTable } from "losslab-course";

// per-seed values: a clear gain (every seed +1 ± 0.1), a clear loss, and a difference the seeds disagree on
const clearUp = pairedComparison([2.0, 3.1, 4.0], [1.0, 2.0, 3.1], { names: ["m = 4", "m = 1"] });
const clearDown = pairedComparison([1.0, 2.0, 3.1], [2.0, 3.1, 4.0], { names: ["m = 2", "m = 1"] });
const unclear = pairedComparison([1, 3, 2], [2, 1, 3], { names: ["m = 4", "m = 1"] });

describe("pairedTable and pairedSummary", () => {
  it("a row is the measure followed by pairedRow's columns", () => {
    expect(clearUp.distinguishable && clearDown.distinguishable && !unclear.distinguishable).toBe(true);
    const rows = pairedTable([{ measure: "accuracy (%)", comparison: clearUp }, { measure: "angle (°)", comparison: unclear }], { decimals: 2 });
    expect(rows).toEqual([{ measure: "accuracy (%)", ...pairedRow(clearUp, { decimals: 2 }) }, { measure: "angle (°)", ...pairedRow(unclear, { decimals: 2 }) }]);
    expect(Object.keys(rows[0])[0]).toBe("measure");
  });

  it("counts the intervals that exclude zero and says which side is higher, grouped by measure", () => {
    expect(pairedSummary([{ measure: "accuracy (%)", comparison: clearUp }, { measure: "accuracy (%)", comparison: clearDown },
      { measure: "angle (°)", comparison: unclear }]))
      .toBe("2 of 3 paired differences have a 95 % interval that excludes zero: accuracy (%): m = 4 higher than m = 1, m = 2 lower than m = 1.");
    expect(pairedSummary([{ measure: "angle (°)", comparison: unclear }])).toBe("0 of 1 paired differences have a 95 % interval that excludes zero.");
  });

  it("refuses an empty list and a row that is not { measure, comparison }", () => {
    expect(() => pairedSummary([])).toThrow(ValueError);
    expect(() => pairedTable([{ measure: "", comparison: clearUp }])).toThrow(/pairedTable.*rows\[0\]/);
    expect(() => pairedSummary([{ measure: "x", comparison: { mean: 1 } as never }])).toThrow(/pairedSummary.*rows\[0\]/);
  });
});
