"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quantile = exports.histogram = void 0;
/**
 * Counts of values in equal bins, computed here rather than by Plotly so that a figure of thousands
 * of pair angles carries a few dozen bar heights instead of every value.
 */
const validation_1 = require("../validation");
/** Equal-width histogram of `values`; the last bin includes its upper edge. */
function histogram(values, options = {}) {
    const fn = "histogram";
    (0, validation_1.checkOptions)(fn, options, ["bins?", "min?", "max?"]);
    const bins = (0, validation_1.checkInteger)(fn, "bins", options.bins ?? 30, { min: 1 });
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
        const v = (0, validation_1.checkNumber)(fn, `values[${i}]`, values[i]);
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    const min = options.min === undefined ? (values.length ? lo : 0) : (0, validation_1.checkNumber)(fn, "min", options.min);
    let max = options.max === undefined ? (values.length ? hi : 1) : (0, validation_1.checkNumber)(fn, "max", options.max);
    if (max < min)
        throw new validation_1.ValueError(fn, "max", `a number ≥ min (${min})`, (0, validation_1.describe)(max));
    if (max === min)
        max = min + 1;
    const width = (max - min) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, k) => min + k * width);
    const counts = new Array(bins).fill(0);
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v < min || v > max)
            continue;
        counts[Math.min(bins - 1, Math.floor((v - min) / width))] += 1;
        total += 1;
    }
    return {
        edges,
        centres: edges.slice(0, -1).map((e) => e + width / 2),
        counts,
        density: counts.map((c) => (total > 0 ? c / (total * width) : 0)),
        total,
    };
}
exports.histogram = histogram;
/** The q-quantile of `values` (0 ≤ q ≤ 1), linearly interpolated between order statistics (NaN when empty). */
function quantile(values, q) {
    (0, validation_1.checkRange)("quantile", "q", q, { min: 0, max: 1 });
    const v = Array.from(values, (x, i) => (0, validation_1.checkNumber)("quantile", `values[${i}]`, x)).sort((a, b) => a - b);
    if (v.length === 0)
        return NaN;
    const pos = q * (v.length - 1);
    const lo = Math.floor(pos);
    return lo + 1 < v.length ? v[lo] + (pos - lo) * (v[lo + 1] - v[lo]) : v[lo];
}
exports.quantile = quantile;
//# sourceMappingURL=histogram.js.map