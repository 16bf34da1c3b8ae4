/** Labels and pixel bytes (0–255), image after image. */
export interface RawImages {
    labels: Uint8Array;
    pixels: Uint8Array;
}
/** How one package is read. */
export interface ImagePackage {
    /** The losslab function that loads it, for error messages. */
    fn: string;
    /** The npm package and the version whose files `parse` understands. */
    packageName: string;
    version: string;
    /** Eight latin-1 characters at the start of the cache file. */
    magic: string;
    /** Labels are 0 … classes − 1. */
    classes: number;
    pixels: number;
    /** Reads the package's files (its folder is `root`) into bytes. */
    parse: (root: string) => RawImages;
}
export interface ImagePackageLoad {
    raw: RawImages;
    source: "package" | "cache" | "memory";
    cacheFile: string;
}
/** The package's images from memory, the cache file or the package (writing the cache); see the module comment. */
export declare function loadImagePackage(spec: ImagePackage, cacheDir: unknown): ImagePackageLoad;
/** Forgets the bytes kept in memory, so the next load reads the cache file again. */
export declare function clearImagePackageMemory(): void;
//# sourceMappingURL=image_package.d.ts.map