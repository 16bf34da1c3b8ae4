import {
  cosineDistance,
  cosineSimilarity,
  distance,
  euclideanDistance,
  InputTypeError,
  safeSqrt,
  ShapeError,
  squaredEuclideanDistance,
  tf,
  ValueError,
  type DistanceName,
} from "losslab";
import { distances, expectClose, finiteDifferences, randomMatrix, take } from "./reference";

const names: DistanceName[] = ["euclidean", "squaredEuclidean", "cosine"];

describe("row-wise distances", () => {
  const a = randomMatrix(7, 3, 1);
  const b = randomMatrix(7, 3, 2);

  it.each(names)("%s matches a float64 loop over the rows (1e-6)", (name) => {
    const expected = a.map((row, i) => distances[name](row, b[i]));
    expectClose(take(distance(a, b, name)), expected);
  });

  it("the named functions agree with distance(a, b, name); cosine similarity is 1 − cosine distance", () => {
    expectClose(take(euclideanDistance(a, b)), take(distance(a, b, "euclidean")), 0);
    expectClose(take(squaredEuclideanDistance(a, b)), take(distance(a, b, "squaredEuclidean")), 0);
    const cd = take(cosineDistance(a, b));
    expectClose(take(cosineSimilarity(a, b)), cd.map((v) => 1 - v));
    cd.forEach((v) => expect(v >= 0 && v <= 2).toBe(true));
  });

  it.each(names)("%s: gradient matches central finite differences of the float64 loop", (name) => {
    const flatA = a.flat();
    const g = take(tf.grad((x: tf.Tensor) => tf.sum(distance(x, b, name)))(tf.tensor2d(a)));
    const f = (x: number[]) => b.reduce((s, row, i) => s + distances[name](x.slice(3 * i, 3 * i + 3), row), 0);
    expectClose(g, finiteDifferences(f, flatA), 1e-4);
  });

  it("Euclidean gradient equals tf.grad of the plain sqrt formula away from 0", () => {
    const plain = (x: tf.Tensor) => tf.sum(tf.sqrt(tf.sum(tf.square(tf.sub(x, b)), 1)));
    const ours = (x: tf.Tensor) => tf.sum(euclideanDistance(x, b));
    expectClose(take(tf.grad(ours)(tf.tensor2d(a))), take(tf.grad(plain)(tf.tensor2d(a))), 1e-6);
  });

  it("identical rows: distance 0 and a zero gradient, not NaN (safe square root)", () => {
    const x = tf.tensor2d([[0.5, -1, 2], [3, 0, 0]]);
    for (const name of names) {
      const value = take(distance(x, x, name));
      expectClose(value, [0, 0]);
      const g = take(tf.grad((t: tf.Tensor) => tf.sum(distance(t, x.clone(), name)))(x));
      // exactly 0 for the Euclidean kinds; the cosine's is 0 up to float32 rounding of â − b̂(â·b̂)
      // (wasm and tensorflow give about 1e-8)
      if (name === "cosine") g.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-6));
      else g.forEach((v) => expect(v).toBe(0));
    }
    // the plain formula gives NaN here: what safeSqrt prevents
    const plain = take(tf.grad((t: tf.Tensor) => tf.sum(tf.sqrt(tf.sum(tf.square(tf.sub(t, x.clone())), 1))))(x));
    expect(plain.some(Number.isNaN)).toBe(true);
  });

  it("zero vectors: cosine similarity 0, cosine distance 1, finite gradients", () => {
    const zero = [[0, 0, 0], [0, 0, 0]];
    const other = [[1, 2, 3], [0, 0, 0]];
    expectClose(take(cosineSimilarity(zero, other)), [0, 0]);
    expectClose(take(cosineDistance(zero, other)), [1, 1]);
    const g = take(tf.grad((t: tf.Tensor) => tf.sum(cosineDistance(t, other)))(tf.tensor2d(zero)));
    g.forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });

  it("rejects bad input naming the function and the argument", () => {
    expect(() => euclideanDistance([[1, 2, 3]], [[1, 2]])).toThrow(ShapeError);
    expect(() => euclideanDistance([[1, 2, 3]], [[1, 2]])).toThrow(
      "losslab.euclideanDistance: argument 'b' must be embeddings of the same size d = 3 as 'a', but got a float32 tensor of shape [1, 2].",
    );
    expect(() => cosineDistance([[1, 2]], [[1, 2], [3, 4]])).toThrow("argument 'b' must be as many rows as 'a' (1)");
    expect(() => squaredEuclideanDistance([1, 2], [1, 2])).toThrow("argument 'a' must be a tensor of rank 2");
    expect(() => cosineSimilarity([[1, NaN]], [[1, 2]])).toThrow(ValueError);
    expect(() => distance("x" as never, [[1]])).toThrow(InputTypeError);
    expect(() => distance([[1]], [[1]], "manhattan" as never)).toThrow(
      "losslab.distance: argument 'name' must be one of 'euclidean', 'squaredEuclidean', 'cosine', but got 'manhattan'.",
    );
  });
});

describe("safeSqrt", () => {
  it("is √x, reads small negatives as 0, and has gradient 1/(2√x) above 0 and 0 at 0", () => {
    const x = tf.tensor1d([0, 0.25, 4, -1e-9]);
    expectClose(take(safeSqrt(x)), [0, 0.5, 2, 0]);
    expectClose(take(tf.grad((t: tf.Tensor) => tf.sum(safeSqrt(t)))(x)), [0, 1, 0.25, 0]);
  });
});
