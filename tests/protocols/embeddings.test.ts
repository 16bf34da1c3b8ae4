import * as tf from "@tensorflow/tfjs";
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { toEmbeddingRows } from "losslab-course";

describe("toEmbeddingRows: the embeddings every protocol takes", () => {
  it("reads a 2-D tensor (not disposing it), rows of numbers or typed arrays, and a flat block alike", () => {
    const expected = { data: Float64Array.from([1, 2, 3, 4, 5, 6]), count: 3, dim: 2 };
    const t = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
    expect(toEmbeddingRows("f", "e", t)).toEqual(expected);
    expect(t.isDisposed).toBe(false);
    t.dispose();
    expect(toEmbeddingRows("f", "e", [[1, 2], [3, 4], [5, 6]])).toEqual(expected);
    expect(toEmbeddingRows("f", "e", [Float32Array.from([1, 2]), Float32Array.from([3, 4]), Float32Array.from([5, 6])])).toEqual(expected);
    expect(toEmbeddingRows("f", "e", { values: Uint8Array.from([1, 2, 3, 4, 5, 6]), dim: 2 })).toEqual(expected);
  });

  it("refuses other ranks, ragged rows, a block whose length is no multiple of dim, non-finite values, naming the argument", () => {
    const t = tf.tensor1d([1, 2]);
    expect(() => toEmbeddingRows("f", "e", t)).toThrow(ShapeError);
    t.dispose();
    expect(() => toEmbeddingRows("f", "e", [[1, 2], [3]])).toThrow(/argument 'e\[1\]' must be a row of 2 numbers/);
    expect(() => toEmbeddingRows("f", "e", { values: [1, 2, 3], dim: 2 })).toThrow(/e.values/);
    expect(() => toEmbeddingRows("f", "e", { values: [1, 2], dim: 0 })).toThrow(ValueError);
    expect(() => toEmbeddingRows("f", "e", [[1, Infinity]])).toThrow(/finite numbers, but got Infinity in row 0/);
    expect(() => toEmbeddingRows("f", "e", "rows")).toThrow(InputTypeError);
    expect(() => toEmbeddingRows("f", "e", [])).toThrow(/at least one row/);
  });
});
