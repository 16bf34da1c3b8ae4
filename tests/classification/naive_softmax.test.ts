import { logSoftmax } from "losslab";
import { naiveLogSoftmax } from "losslab-course";

describe("naiveLogSoftmax", () => {
  it("agrees with the stable log-softmax on moderate scores", () => {
    const s = [[2, 1, -1], [0.5, 0.5, 3]];
    const naive = naiveLogSoftmax(s).arraySync() as number[][];
    const stable = logSoftmax(s).arraySync() as number[][];
    naive.flat().forEach((v, i) => expect(v).toBeCloseTo(stable.flat()[i], 5));
  });

  it("breaks on scores of ±1000, where the stable one does not", () => {
    const naive = Array.from(naiveLogSoftmax([1000, -1000, 0]).dataSync());
    expect(Number.isNaN(naive[0])).toBe(true);
    expect(naive[1]).toBe(-Infinity);
    expect(Array.from(logSoftmax([1000, -1000, 0]).dataSync())).toEqual([0, -2000, -1000]);
  });
});
