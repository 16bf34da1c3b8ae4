import * as tf from "@tensorflow/tfjs";
import { type RawImages } from "./image_package";
/** Pixels per image, 28·28. */
export declare const MNIST_PIXELS = 784;
/** Side of an image in pixels. */
export declare const MNIST_SIDE = 28;
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
/** The rows of `raw` whose label is in `digits` (all when undefined), as floats k/255 (shared by the MNIST and Fashion-MNIST loaders). */
export declare function rawImagesToSet(raw: RawImages, digits: number[] | undefined): MnistSet;
/**
 * The 10,000 digits of the `mnist` package (or those of `digits`), images as float32 in [0, 1].
 * The first call on a machine writes the cache; a damaged cache file is rebuilt.
 */
export declare function loadMnist(options?: LoadMnistOptions): MnistLoad;
/** Forgets the bytes kept in memory (of MNIST and Fashion-MNIST), so the next `loadMnist` or `loadFashionMnist` reads the cache file again. */
export declare function clearMnistMemory(): void;
/** An MNIST set { images, labels, count } of consistent sizes, or an error naming `fn`. */
export declare function checkMnistSet(fn: string, set: unknown): MnistSet;
/** The images of given rows of a set, in that order. */
export declare function selectMnistRows(set: MnistSet, rows: ArrayLike<number>): MnistSet;
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
export declare function splitMnist(set: MnistSet, options?: SplitMnistOptions): {
    train: MnistSet;
    test: MnistSet;
};
/** A set as tensors: images [N, 784] float32 and labels [N] int32 (the caller disposes them). */
export declare function mnistTensors(set: MnistSet): {
    images: tf.Tensor2D;
    labels: tf.Tensor1D;
};
//# sourceMappingURL=mnist.d.ts.map