/**
 * The course's one colour-blind-safe palette: Paul Tol's "muted" scheme (nine colours, designed to
 * stay distinct under the common colour-vision deficiencies) plus a dark grey as the tenth, so each
 * of the ten MNIST digits keeps one colour from lesson to lesson.
 * Source: P. Tol, "Colour Schemes", SRON/EPS/TN/09-002 (2021).
 */
export const PALETTE = [
  "#332288", // indigo
  "#CC6677", // rose
  "#117733", // green
  "#DDCC77", // sand
  "#88CCEE", // cyan
  "#882255", // wine
  "#44AA99", // teal
  "#999933", // olive
  "#AA4499", // purple
  "#555555", // dark grey
] as const;

/** The colour of class `c` (0-based), the same in every lesson. */
export function classColor(c: number): string {
  return PALETTE[((c % PALETTE.length) + PALETTE.length) % PALETTE.length];
}

/** The colour of the i-th series of a figure (methods, losses): the same sequence as the classes. */
export const seriesColor = classColor;

/** A sequential colour scale for surfaces and contours (Tol's "YlOrBr"-like iridescent ramp, light to dark). */
export const SEQUENTIAL_SCALE: [number, string][] = [
  [0, "#FEFBE9"],
  [0.25, "#F4E8C2"],
  [0.5, "#CDD9A3"],
  [0.75, "#7BAF9D"],
  [1, "#2E5978"],
];
