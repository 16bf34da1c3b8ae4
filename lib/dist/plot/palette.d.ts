/**
 * The course's one colour-blind-safe palette: Paul Tol's "muted" scheme (nine colours, designed to
 * stay distinct under the common colour-vision deficiencies) plus a dark grey as the tenth, so each
 * of the ten MNIST digits keeps one colour from lesson to lesson.
 * Source: P. Tol, "Colour Schemes", SRON/EPS/TN/09-002 (2021).
 */
export declare const PALETTE: readonly ["#332288", "#CC6677", "#117733", "#DDCC77", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499", "#555555"];
/** The colour of class `c` (0-based), the same in every lesson. */
export declare function classColor(c: number): string;
/** The colour of the i-th series of a figure (methods, losses): the same sequence as the classes. */
export declare const seriesColor: typeof classColor;
/** A sequential colour scale for surfaces and contours (Tol's "YlOrBr"-like iridescent ramp, light to dark). */
export declare const SEQUENTIAL_SCALE: [number, string][];
//# sourceMappingURL=palette.d.ts.map