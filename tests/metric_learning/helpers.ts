import { Rng } from "losslab";
import { type MnistSet } from "losslab-course";

/**
 * A small stand-in for MNIST: n 28×28 images of `classes` classes, class c lighting a horizontal band of
 * rows (4c … 4c + 3) with noise everywhere; images in [0, 1], seeded. Easy to separate, cheap on the
 * cpu backend.
 */
export function bandDigits(n: number, classes: number, seed: number): MnistSet {
  const rng = new Rng(seed);
  const labels = Int32Array.from({ length: n }, (_, i) => i % classes);
  const images = new Float32Array(n * 784);
  labels.forEach((c, i) => {
    for (let k = 0; k < 784; k++) {
      const row = Math.floor(k / 28);
      const on = row >= 4 * c && row < 4 * c + 4 ? 0.8 : 0;
      images[i * 784 + k] = Math.min(1, Math.max(0, on + 0.15 * rng.uniform()));
    }
  });
  return { images, labels, count: n };
}
