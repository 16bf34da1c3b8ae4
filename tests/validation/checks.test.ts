import { tf, InputTypeError, ShapeError, ValueError } from "losslab";
import { toTensor, checkRange, checkValues } from "losslab/internal";

describe("toTensor", () => {
  it("converts numbers and rectangular arrays", () => {
    expect(toTensor("f", "x", [[1, 2], [3, 4]]).shape).toEqual([2, 2]);
    expect(toTensor("f", "x", 3).shape).toEqual([]);
  });

  it("refuses a ragged array that tf.tensor would pad silently, naming the row", () => {
    expect(() => toTensor("f", "x", [[1, 2, 3], [4, 5], [6, 7, 8]])).toThrow(ShapeError);
    expect(() => toTensor("f", "x", [[1, 2, 3], [4, 5]])).toThrow(
      "losslab.f: argument 'x[1]' must be of shape [3] like 'x[0]' (a rectangular array), but got shape [2].",
    );
    expect(() => toTensor("f", "x", [[1, 2], 3])).toThrow("losslab.f: argument 'x[1]' must be a row like 'x[0]' (every row of the same length), but got 3.");
  });

  it("refuses null and non-numeric elements by index (tf.tensor reads null as 0)", () => {
    expect(() => toTensor("f", "x", [1, null, 3])).toThrow("losslab.f: argument 'x[1]' must be a number, but got null.");
    expect(() => toTensor("f", "x", [[1, 2], [3, "4"]])).toThrow("losslab.f: argument 'x[1][1]' must be a number, but got '4'.");
    expect(() => toTensor("f", "x", [[1, 2], [3, undefined]])).toThrow(InputTypeError);
  });

  it("refuses strings and other types, naming the function and argument", () => {
    expect(() => toTensor("huberLoss", "labels", "abc")).toThrow(InputTypeError);
    expect(() => toTensor("huberLoss", "labels", "abc")).toThrow("losslab.huberLoss: argument 'labels' must be a Tensor, a number or an array of numbers, but got 'abc'.");
  });
});

describe("value checks", () => {
  it("name the first offending index", () => {
    expect(() => checkValues("f", "p", tf.tensor2d([[0.5, 0.2], [1.5, 0]]), { min: 0, max: 1 })).toThrow(
      "losslab.f: argument 'p' must be finite numbers >= 0 and <= 1, but got 1.5 at index [1, 0].",
    );
    expect(() => checkValues("f", "p", tf.tensor1d([0, NaN]))).toThrow(ValueError);
  });

  it("check ranges with open and closed bounds", () => {
    expect(checkRange("f", "m", 0, { min: 0 })).toBe(0);
    expect(() => checkRange("f", "m", 0, { min: 0, minOpen: true })).toThrow("argument 'm' must be a number > 0, but got 0.");
  });
});
