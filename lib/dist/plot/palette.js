"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEQUENTIAL_SCALE = exports.seriesColor = exports.classColor = exports.PALETTE = void 0;
/**
 * The course's one colour-blind-safe palette: Paul Tol's "muted" scheme (nine colours, designed to
 * stay distinct under the common colour-vision deficiencies) plus a dark grey as the tenth, so each
 * of the ten MNIST digits keeps one colour from lesson to lesson.
 * Source: P. Tol, "Colour Schemes", SRON/EPS/TN/09-002 (2021).
 */
exports.PALETTE = [
    "#332288",
    "#CC6677",
    "#117733",
    "#DDCC77",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
    "#555555", // dark grey
];
/** The colour of class `c` (0-based), the same in every lesson. */
function classColor(c) {
    return exports.PALETTE[((c % exports.PALETTE.length) + exports.PALETTE.length) % exports.PALETTE.length];
}
exports.classColor = classColor;
/** The colour of the i-th series of a figure (methods, losses): the same sequence as the classes. */
exports.seriesColor = classColor;
/** A sequential colour scale for surfaces and contours (Tol's "YlOrBr"-like iridescent ramp, light to dark). */
exports.SEQUENTIAL_SCALE = [
    [0, "#FEFBE9"],
    [0.25, "#F4E8C2"],
    [0.5, "#CDD9A3"],
    [0.75, "#7BAF9D"],
    [1, "#2E5978"],
];
//# sourceMappingURL=palette.js.map