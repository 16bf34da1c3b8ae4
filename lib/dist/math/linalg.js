"use strict";
/** Small dense linear algebra in float64, for the closed-form answers the lessons compare against. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.mean = exports.solve2 = exports.symmetricEigenvalues2 = void 0;
/** Eigenvalues of the symmetric 2×2 matrix [[a, b], [b, c]], largest first. */
function symmetricEigenvalues2(a, b, c) {
    const mean = (a + c) / 2;
    const radius = Math.hypot((a - c) / 2, b);
    return [mean + radius, mean - radius];
}
exports.symmetricEigenvalues2 = symmetricEigenvalues2;
/** Solves the 2×2 system [[a, b], [c, d]] · v = [e, f]. */
function solve2(a, b, c, d, e, f) {
    const det = a * d - b * c;
    if (det === 0)
        throw new Error("losslab.solve2: the matrix is singular.");
    return [(e * d - b * f) / det, (a * f - e * c) / det];
}
exports.solve2 = solve2;
/** Mean of an array. */
function mean(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    return s / values.length;
}
exports.mean = mean;
//# sourceMappingURL=linalg.js.map