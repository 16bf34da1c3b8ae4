export declare function dataDir(): string;
/** Absolute path of a file in the data folder, with a clear error when it is missing. */
export declare function dataFile(name: string): string;
//# sourceMappingURL=paths.d.ts.map