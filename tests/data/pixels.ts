// Helpers of the image data-set tests.

/** [smallest, largest] value of an image array (a loop: jest's matchers are slow on millions of values). */
export function pixelRange(images: Float32Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < images.length; k++) {
    lo = images[k] < lo ? images[k] : lo;
    hi = images[k] > hi ? images[k] : hi;
  }
  return [lo, hi];
}

/** Byte comparison: jest's toEqual takes minutes on millions of elements. */
export const sameBytes = (a: ArrayBufferView, b: ArrayBufferView) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
