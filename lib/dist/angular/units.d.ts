/** Radians to degrees. */
export declare function degrees(radians: number): number;
/** Degrees to radians. */
export declare function radians(degrees: number): number;
//# sourceMappingURL=units.d.ts.map