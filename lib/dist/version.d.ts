/** The library version, kept equal to lib/package.json by a test. */
export declare const VERSION = "0.1.0";
//# sourceMappingURL=version.d.ts.map