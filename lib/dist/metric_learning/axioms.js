"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.metricAxiomRows = exports.checkMetricAxioms = exports.pointDistance = exports.METRIC_AXIOMS = exports.POINT_DISTANCES = void 0;
/**
 * The notes' "notion of a metric", checked numerically: a distance f is a metric when, for all x, y, z,
 *
 *   non-negativity            f(x, y) ≥ 0
 *   identity of indiscernibles f(x, y) = 0 ⇔ x = y
 *   symmetry                  f(x, y) = f(y, x)
 *   triangle inequality       f(x, z) ≤ f(x, y) + f(y, z)
 *
 * `checkMetricAxioms` tries every pair and triple of a finite set of points and reports, for each axiom,
 * whether it held and the worst counterexample. Euclidean and Manhattan distances pass; the squared
 * Euclidean distance of the notes' triplet loss fails the triangle inequality (0, 1, 2 on a line:
 * 4 > 1 + 1); the cosine distance 1 − cos fails it too (0°, 45°, 90°) and also the identity of
 * indiscernibles (x and 2x are at distance 0). Plain float64 numbers, no tensors.
 */
const display_1 = require("../notebook/display");
const validation_1 = require("../validation");
const raw_distance_1 = require("./raw_distance");
exports.POINT_DISTANCES = ["euclidean", "squaredEuclidean", "cosine", "manhattan"];
exports.METRIC_AXIOMS = ["non-negativity", "identity of indiscernibles", "symmetry", "triangle inequality"];
/**
 * The distance of two plain vectors, in float64: ‖a − b‖, ‖a − b‖², 1 − cos(a, b) (a zero vector has
 * cosine 0 with everything, as in `cosineDistance`), or Σ|aᵢ − bᵢ|. Checks the name and that a and b
 * are equally long, non-empty arrays of finite numbers (O(d), as cheap as the distance itself).
 */
function pointDistance(name, a, b) {
    const fn = "pointDistance";
    (0, validation_1.checkOneOf)(fn, "name", name, exports.POINT_DISTANCES);
    const [x, y] = [(0, validation_1.checkNumberArray)(fn, "a", a), (0, validation_1.checkNumberArray)(fn, "b", b)];
    if (x.length !== y.length)
        throw new validation_1.ShapeError(fn, "b", `a point with ${x.length} coordinates, as a`, `${y.length} coordinates`);
    return (0, raw_distance_1.rawPointDistance)(name, x, y);
}
exports.pointDistance = pointDistance;
function checkPoints(fn, points) {
    if (!Array.isArray(points) || points.length === 0)
        throw new validation_1.InputTypeError(fn, "points", "a non-empty array of points", (0, validation_1.describe)(points));
    const d = Array.isArray(points[0]) ? points[0].length : -1;
    points.forEach((p, i) => {
        if (!Array.isArray(p) || p.length !== d || d === 0)
            throw new validation_1.ShapeError(fn, `points[${i}]`, `a point with ${d} coordinates, like points[0]`, (0, validation_1.describe)(p));
        p.forEach((v, j) => {
            if (typeof v !== "number" || !Number.isFinite(v))
                throw new validation_1.InputTypeError(fn, `points[${i}][${j}]`, "a finite number", (0, validation_1.describe)(v));
        });
    });
    return points;
}
const f4 = (v) => (0, display_1.formatNumber)(v, 3);
/** Checks the four metric axioms on every pair and triple of `points`; one entry per axiom, in the notes' order. */
function checkMetricAxioms(options) {
    const fn = "checkMetricAxioms";
    (0, validation_1.checkOptions)(fn, options, ["points", "distance", "tolerance?"]);
    const points = checkPoints(fn, options.points);
    const given = options.distance;
    const dist = typeof given === "function" ? given : ((name) => (a, b) => (0, raw_distance_1.rawPointDistance)(name, a, b))((0, validation_1.checkOneOf)(fn, "distance", given, exports.POINT_DISTANCES));
    const tol = (0, validation_1.checkRange)(fn, "tolerance", options.tolerance ?? 1e-12, { min: 0 });
    const n = points.length;
    const f = points.map((a) => points.map((b) => (0, validation_1.checkNumber)(fn, "distance(a, b)", dist(a, b))));
    const same = (i, j) => points[i].every((v, k) => v === points[j][k]);
    const slack = (...v) => tol * (1 + v.reduce((s, x) => s + Math.abs(x), 0));
    const results = [];
    const worst = (axiom, checked, cases) => {
        let top = [0, ""];
        for (const c of cases)
            if (c[0] > top[0])
                top = c;
        results.push({ axiom, holds: top[0] === 0, worst: top[0], example: top[1], checked });
    };
    const pairs = function* (visit) {
        for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
                const r = visit(i, j);
                if (r !== null)
                    yield r;
            }
    };
    worst("non-negativity", n * n, pairs((i, j) => (f[i][j] < -slack(f[i][j]) ? [-f[i][j], `f(x${i}, x${j}) = ${f4(f[i][j])} < 0`] : null)));
    worst("identity of indiscernibles", n * n, pairs((i, j) => {
        if (same(i, j))
            return Math.abs(f[i][j]) > slack(f[i][j]) ? [Math.abs(f[i][j]), `f(x${i}, x${i}) = ${f4(f[i][j])} ≠ 0 for the same point`] : null;
        // different points at distance 0: the miss is how far apart they really are (Euclidean)
        if (Math.abs(f[i][j]) > slack(f[i][j]))
            return null;
        return [(0, raw_distance_1.rawPointDistance)("euclidean", points[i], points[j]), `f(x${i}, x${j}) = ${f4(f[i][j])} although x${i} = (${points[i].map(f4).join(", ")}) ≠ x${j} = (${points[j].map(f4).join(", ")})`];
    }));
    worst("symmetry", n * n, pairs((i, j) => {
        const miss = Math.abs(f[i][j] - f[j][i]);
        return miss > slack(f[i][j], f[j][i]) ? [miss, `f(x${i}, x${j}) = ${f4(f[i][j])} but f(x${j}, x${i}) = ${f4(f[j][i])}`] : null;
    }));
    const triangles = function* () {
        for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++)
                for (let k = 0; k < n; k++) {
                    const miss = f[i][k] - f[i][j] - f[j][k];
                    if (miss > slack(f[i][k], f[i][j], f[j][k])) {
                        yield [miss, `f(x${i}, x${k}) = ${f4(f[i][k])} > f(x${i}, x${j}) + f(x${j}, x${k}) = ${f4(f[i][j])} + ${f4(f[j][k])}`];
                    }
                }
    };
    worst("triangle inequality", n * n * n, triangles());
    return results;
}
exports.checkMetricAxioms = checkMetricAxioms;
/**
 * One table row per distance, one column per axiom: "✓" where it held on every pair and triple of the
 * points, else "✗" with the worst counterexample.
 */
function metricAxiomRows(points, distances = exports.POINT_DISTANCES) {
    return distances.map((distance) => {
        const row = { distance };
        for (const c of checkMetricAxioms({ points, distance }))
            row[c.axiom] = c.holds ? "✓" : `✗ ${c.example}`;
        return row;
    });
}
exports.metricAxiomRows = metricAxiomRows;
//# sourceMappingURL=axioms.js.map