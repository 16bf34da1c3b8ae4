/**
 * The raw-pixel baseline: an image's embedding is its pixel vector itself (size² values, ink 1), so every
 * protocol table can carry the row "what the pixels alone give".
 */
import { InputTypeError } from "losslab";
import { checkInteger, describe } from "losslab/internal";
import type { EmbeddingBlock } from "./embeddings";

/** The pixel rows of a set from a loader ({ images, pixels, count }), optionally only `rows`, as an embedding block. */
export function rawPixelEmbeddings(set: { images: Float32Array | Uint8Array; pixels: number; count: number }, rows?: ArrayLike<number>): EmbeddingBlock {
  const fn = "rawPixelEmbeddings";
  if (typeof set !== "object" || set === null || !(set.images instanceof Float32Array || set.images instanceof Uint8Array) || set.images.length !== set.count * set.pixels) {
    throw new InputTypeError(fn, "set", "an image set { images, pixels, count } from a loader", describe(set));
  }
  if (rows === undefined) return { values: Float32Array.from(set.images), dim: set.pixels };
  const values = new Float32Array(rows.length * set.pixels);
  for (let i = 0; i < rows.length; i++) {
    const r = checkInteger(fn, `rows[${i}]`, rows[i], { min: 0, max: set.count - 1 });
    for (let k = 0; k < set.pixels; k++) values[i * set.pixels + k] = set.images[r * set.pixels + k];
  }
  return { values, dim: set.pixels };
}
