import { distanceMatrix, pairwiseDistances, ShapeError, tf, type DistanceName } from "losslab";
import { distances, expectClose, finiteDifferences, randomMatrix, take } from "./reference";

const names: DistanceName[] = ["euclidean", "squaredEuclidean", "cosine"];

describe("pairwiseDistances", () => {
  const a = randomMatrix(6, 4, 3);
  const b = randomMatrix(5, 4, 4);

  it.each(names)("%s: entry (i, j) is D(aᵢ, bⱼ) of a float64 loop (1e-6), by differences and by expansion", (name) => {
    const expected = a.flatMap((ai) => b.map((bj) => distances[name](ai, bj)));
    expectClose(take(pairwiseDistances(a, { other: b, distance: name })), expected);
    // the expansion ‖a‖² + ‖b‖² − 2a·b used for large sets: same numbers within float32 rounding
    expectClose(take(distanceMatrix(name, tf.tensor2d(a), tf.tensor2d(b), 0)), expected, 1e-5);
  });

  it("a batch against itself: symmetric, diagonal exactly 0", () => {
    for (const name of names) {
      const m = take(pairwiseDistances(a, { distance: name }));
      for (let i = 0; i < 6; i++) {
        expect(m[i * 6 + i]).toBe(0);
        for (let j = 0; j < 6; j++) expect(Math.abs(m[i * 6 + j] - m[j * 6 + i])).toBeLessThan(1e-6);
      }
    }
  });

  it("Euclidean matrix with repeated rows: gradient finite and equal to finite differences", () => {
    const x = [[1, 2], [1, 2], [0, -1]];
    const f = (v: number[]) => {
      let s = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += Math.hypot(v[2 * i] - v[2 * j], v[2 * i + 1] - v[2 * j + 1]);
      return s;
    };
    const g = take(tf.grad((t: tf.Tensor) => tf.sum(pairwiseDistances(t, { distance: "euclidean" })))(tf.tensor2d(x)));
    // at the repeated rows the distance is not differentiable; losslab takes the sub-gradient 0 for that pair,
    // which is the finite difference of the other pairs only: check against the loop without the (0, 1) pair
    const fWithout = (v: number[]) => f(v) - 2 * Math.hypot(v[0] - v[2], v[1] - v[3]);
    expectClose(g, finiteDifferences(fWithout, x.flat()), 1e-4);
  });

  it("an empty batch gives an empty matrix", () => {
    expect(pairwiseDistances(tf.zeros([0, 3])).shape).toEqual([0, 0]);
  });

  it("rejects a second matrix of another embedding size", () => {
    expect(() => pairwiseDistances(a, { other: [[1, 2]] })).toThrow(ShapeError);
    expect(() => pairwiseDistances(a, { other: [[1, 2]] })).toThrow(
      "losslab.pairwiseDistances: argument 'other' must be embeddings of the same size d = 4 as 'a'",
    );
    expect(() => pairwiseDistances(a, { distance: "l1" as never })).toThrow("argument 'distance' must be one of");
  });
});
