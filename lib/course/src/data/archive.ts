/**
 * Reading image archives kept as files on this machine: a zip (npm `fflate`, `unzipSync`) of PNG
 * images (npm `pngjs`, `PNG.sync.read`), with errors that name the archive and the entry. Nothing
 * is downloaded: the archives must already be in one of the places a loader looks.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";

/**
 * A data file that is missing or cannot be read: names the loader (`fn`), the file, the entry inside
 * an archive when there is one, and every place that was looked in for a missing file.
 */
export class DataFileError extends Error {
  constructor(
    readonly fn: string,
    readonly file: string,
    message: string,
    readonly entry?: string,
    readonly looked: string[] = [],
  ) {
    super(`losslab.${fn}: ${message}`);
    this.name = "DataFileError";
  }
}

/** The first of `places` (folders) that holds `name`, or a DataFileError listing every place looked. */
export function findDataFile(fn: string, name: string, places: string[], hint: string): string {
  for (const dir of places) {
    const file = `${dir.replace(/\/+$/, "")}/${name}`;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  const list = places.map((p) => `'${p}'`).join(", ");
  throw new DataFileError(fn, name, `archive '${name}' not found; looked in ${list}. ${hint}`, undefined, places);
}

/** The files of a zip archive (folders left out), by entry name. */
export function readZip(fn: string, file: string): { bytes: Uint8Array; entries: Record<string, Uint8Array> } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw new DataFileError(fn, file, `cannot read archive '${file}' (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => !f.name.endsWith("/") });
  } catch (e) {
    throw new DataFileError(fn, file, `archive '${file}' is not a readable zip file (${(e as Error).message}).`);
  }
  return { bytes, entries };
}

/** Hex SHA-256 of some bytes: the key of a cache made from them. */
export function sha256(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/**
 * The ink of a PNG as one byte per pixel (1 = ink, 0 = background), row-major. A pixel is ink when it
 * is pure black (red, green and blue all 0), which is what the Omniglot demo's `LoadImgAsPoints` reads
 * as inked (`imread(flatten=True)` then `logical_not(bool(I))`). The image must be `side`×`side`.
 */
export function decodeInkPng(fn: string, file: string, entry: string, png: Uint8Array, side: number): Uint8Array {
  let image: { width: number; height: number; data: Buffer };
  try {
    image = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.length));
  } catch (e) {
    throw new DataFileError(fn, file, `entry '${entry}' of archive '${file}' is not a readable PNG image (${(e as Error).message}).`, entry);
  }
  if (image.width !== side || image.height !== side) {
    throw new DataFileError(fn, file, `entry '${entry}' of archive '${file}' is ${image.width}×${image.height}, expected ${side}×${side}.`, entry);
  }
  const ink = new Uint8Array(side * side);
  const { data } = image;
  for (let k = 0, p = 0; k < ink.length; k++, p += 4) ink[k] = data[p] === 0 && data[p + 1] === 0 && data[p + 2] === 0 ? 1 : 0;
  return ink;
}
