"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.median = void 0;
/** The median of a non-empty list (the benchmarks' robust summary of step times). */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
exports.median = median;
//# sourceMappingURL=median.js.map