import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputTypeError, ValueError } from "losslab";
import { clearMnistMemory, loadMnist, MNIST_PIXELS, mnistTensors, selectMnistRows, splitMnist } from "losslab-course";
import { pixelRange, sameBytes } from "./pixels";

// the package's own count of each digit
const PACKAGE_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
const packageDigits = (d: number): number[] =>
  JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("mnist/package.json")), "src", "digits", `${d}.json`), "utf8")).data;


describe("loadMnist", () => {
  const all = loadMnist(); // the repository's data/cache (written here if it is missing)

  it("has the 10,000 digits of the mnist package, pixels in [0, 1], as the package stores them (±1/510)", () => {
    expect(all.count).toBe(10000);
    expect(all.images.length).toBe(10000 * MNIST_PIXELS);
    expect(PACKAGE_COUNTS.map((_, d) => all.labels.filter((l) => l === d).length)).toEqual(PACKAGE_COUNTS);
    expect(pixelRange(all.images)).toEqual([0, 1]);
    // the first and the last seven of the package, pixel by pixel
    const sevens = packageDigits(7);
    const firstSeven = all.labels.indexOf(7);
    const lastSeven = all.labels.lastIndexOf(7);
    let worst = 0;
    for (const [row, start] of [[firstSeven, 0], [lastSeven, sevens.length - MNIST_PIXELS]]) {
      for (let k = 0; k < MNIST_PIXELS; k++) worst = Math.max(worst, Math.abs(all.images[row * MNIST_PIXELS + k] - sevens[start + k]));
    }
    expect(worst).toBeLessThanOrEqual(1 / 510 + 1e-7);
  });

  it("writes a compact cache the first time, reads it afterwards, and rebuilds a damaged one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-mnist-"));
    try {
      const first = loadMnist({ cacheDir: dir });
      expect(first.source).toBe("package");
      expect(fs.statSync(first.cacheFile).size).toBe(24 + 10000 * (1 + MNIST_PIXELS));
      expect(loadMnist({ cacheDir: dir }).source).toBe("memory");
      clearMnistMemory();
      const cached = loadMnist({ cacheDir: dir });
      expect(cached.source).toBe("cache");
      expect(sameBytes(cached.images, first.images) && sameBytes(cached.labels, first.labels)).toBe(true);
      fs.truncateSync(first.cacheFile, 1000);
      clearMnistMemory();
      expect(loadMnist({ cacheDir: dir }).source).toBe("package");
      expect(fs.statSync(first.cacheFile).size).toBe(24 + 10000 * (1 + MNIST_PIXELS));
    } finally {
      clearMnistMemory();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a cache folder that is a file (or inside one) with a losslab error, not a raw EEXIST", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-mnist-file-"));
    const file = path.join(dir, "not-a-folder");
    fs.writeFileSync(file, "a file where the cache folder should be");
    try {
      clearMnistMemory();
      expect(() => loadMnist({ cacheDir: file })).toThrow(ValueError);
      expect(() => loadMnist({ cacheDir: file })).toThrow(
        `losslab.loadMnist: argument 'cacheDir' must be a folder (or a path where one can be created), but got '${file}', which is a file.`,
      );
      expect(() => loadMnist({ cacheDir: path.join(file, "cache") })).toThrow(`inside '${file}', which is a file`);
      // nothing was written next to the file, and the file is untouched
      expect(fs.readdirSync(dir)).toEqual(["not-a-folder"]);
      expect(fs.readFileSync(file, "utf8")).toBe("a file where the cache folder should be");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps only the digits asked for", () => {
    const some = loadMnist({ digits: [8, 9] });
    expect(some.count).toBe(944 + 978);
    expect(new Set(some.labels)).toEqual(new Set([8, 9]));
    const firstEight = all.labels.indexOf(8);
    expect(sameBytes(some.images.subarray(0, MNIST_PIXELS), all.images.subarray(firstEight * MNIST_PIXELS, (firstEight + 1) * MNIST_PIXELS))).toBe(true);
  });

  it("rejects digits outside 0-9", () => {
    expect(() => loadMnist({ digits: [3, 10] })).toThrow(ValueError);
    expect(() => loadMnist({ digits: [3, 10] })).toThrow("losslab.loadMnist: argument 'digits[1]' must be an integer >= 0 and <= 9, but got 10.");
    expect(() => loadMnist({ digits: 3 as never })).toThrow(InputTypeError);
  });
});

describe("splitMnist, selectMnistRows, mnistTensors", () => {
  const all = loadMnist();

  it("a seeded stratified split of digits 0-7: disjoint, complete, 20% of each digit in the test set", () => {
    const { train, test } = splitMnist(all, { digits: [0, 1, 2, 3, 4, 5, 6, 7], seed: 1 });
    expect(train.count + test.count).toBe(PACKAGE_COUNTS.slice(0, 8).reduce((s, c) => s + c, 0));
    for (let d = 0; d < 8; d++) {
      expect(test.labels.filter((l) => l === d).length).toBe(Math.round(0.2 * PACKAGE_COUNTS[d]));
    }
    expect(train.labels.some((l) => l > 7) || test.labels.some((l) => l > 7)).toBe(false);
    // images move with their labels, and no image is in both sets (compare image fingerprints)
    const key = (s: typeof train, i: number) => Buffer.from(s.images.buffer, 4 * i * MNIST_PIXELS, 4 * MNIST_PIXELS).toString("base64");
    const trainKeys = new Set(Array.from({ length: train.count }, (_, i) => key(train, i)));
    const overlap = Array.from({ length: test.count }, (_, i) => key(test, i)).filter((k) => trainKeys.has(k));
    expect(overlap.length).toBeLessThanOrEqual(2); // MNIST has a few duplicate images, nothing more
    // shuffled, not digit after digit
    expect(new Set(train.labels.slice(0, 50)).size).toBeGreaterThan(5);
    const again = splitMnist(all, { digits: [0, 1, 2, 3, 4, 5, 6, 7], seed: 1 });
    expect(again.test.labels).toEqual(test.labels);
    expect(splitMnist(all, { digits: [0, 1, 2, 3, 4, 5, 6, 7], seed: 2 }).test.labels).not.toEqual(test.labels);
  });

  it("perDigit takes a small balanced subset", () => {
    const { train, test } = splitMnist(all, { perDigit: 50, testFraction: 0.1 });
    expect([train.count, test.count]).toEqual([450, 50]);
  });

  it("selectMnistRows copies rows in order; mnistTensors gives [N, 784] float32 and [N] int32", () => {
    const few = selectMnistRows(all, [5, 9000]);
    expect(Array.from(few.labels)).toEqual([all.labels[5], all.labels[9000]]);
    const { images, labels } = mnistTensors(few);
    expect([images.shape, images.dtype, labels.shape, labels.dtype]).toEqual([[2, 784], "float32", [2], "int32"]);
    images.dispose();
    labels.dispose();
  });

  it("rejects a test fraction outside [0, 1] and something that is not a set", () => {
    expect(() => splitMnist(all, { testFraction: 1.2 })).toThrow("losslab.splitMnist: argument 'testFraction' must be a number >= 0 and <= 1, but got 1.2.");
    expect(() => splitMnist({ images: [], labels: [] } as never)).toThrow(InputTypeError);
    expect(() => selectMnistRows(all, [10000])).toThrow("argument 'rows[0]' must be an integer >= 0 and <= 9999");
  });
});
