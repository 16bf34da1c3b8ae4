"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rawPointDistance = void 0;
function rawPointDistance(name, a, b) {
    let s = 0;
    if (name === "cosine") {
        let na = 0;
        let nb = 0;
        for (let i = 0; i < a.length; i++) {
            s += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na === 0 || nb === 0 ? 1 : 1 - s / Math.sqrt(na * nb);
    }
    for (let i = 0; i < a.length; i++)
        s += name === "manhattan" ? Math.abs(a[i] - b[i]) : (a[i] - b[i]) ** 2;
    return name === "euclidean" ? Math.sqrt(s) : s;
}
exports.rawPointDistance = rawPointDistance;
//# sourceMappingURL=raw_distance.js.map