import { type MnistLoad } from "./mnist";
/** The ten classes, by label (the dataset's own names). */
export declare const FASHION_MNIST_CLASSES: readonly string[];
export interface LoadFashionMnistOptions {
    /** Keep only these classes 0–9 (default: all ten). */
    classes?: number[];
    /** Folder of the cache file (default `data/cache` of the repository, or `$LOSSLAB_DATA/cache`). */
    cacheDir?: string;
}
/** The 70,000 images of the `fashion-mnist` package (or those of `classes`), images as float32 in [0, 1]. */
export declare function loadFashionMnist(options?: LoadFashionMnistOptions): MnistLoad;
//# sourceMappingURL=fashion_mnist.d.ts.map