"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capstoneFeatureFigure = exports.capstonePanel = void 0;
const validation_1 = require("../validation");
const feature_plots_1 = require("./feature_plots");
const plot_checks_1 = require("./plot_checks");
/** A loss's features as one panel: held-out seen digits, then the unseen ones. */
function capstonePanel(f) {
    return {
        title: f.name,
        features: [...f.seen.features, ...f.unseen.features],
        labels: [...f.seen.labels, ...f.unseen.labels],
        weights: f.weights ?? undefined,
        projected: true,
    };
}
exports.capstonePanel = capstonePanel;
/** Marks the traces of unseen digits: another symbol, larger, "(unseen)" in the legend and hover. */
function markUnseen(trace, unseen, threeD) {
    const match = typeof trace.name === "string" ? /^digit (\d)$/.exec(trace.name) : null;
    if (!match || !unseen.includes(Number(match[1])) || trace.mode !== "markers")
        return trace;
    const marker = { ...trace.marker, symbol: threeD ? "diamond" : "x", size: threeD ? 3 : 7, opacity: 0.9 };
    const text = trace.text.map((t) => t.replace(/^digit (\d)/, "digit $1 (unseen: never trained on)"));
    return { ...trace, name: `digit ${match[1]} (unseen)`, marker, text };
}
/** The grid of feature pictures, one panel per loss (see the module comment). */
function capstoneFeatureFigure(features, options = {}) {
    const fn = "capstoneFeatureFigure";
    if ((0, plot_checks_1.checkList)(fn, "features", features).length === 0)
        throw new validation_1.ShapeError(fn, "features", "at least one loss's features", "an empty array (no features to draw)");
    features.forEach((f, k) => {
        (0, validation_1.checkObject)(fn, f, `features[${k}]`, "a loss's features from runCapstone");
        (0, validation_1.checkObject)(fn, f.seen, `features[${k}].seen`, "{ features, labels }");
        (0, validation_1.checkObject)(fn, f.unseen, `features[${k}].unseen`, "{ features, labels }");
    });
    (0, validation_1.checkOptions)(fn, options, ["title?", "columns?", "unseenDigits?"]);
    (0, plot_checks_1.optional)(options.title, (v) => (0, plot_checks_1.checkString)(fn, "title", v));
    (0, plot_checks_1.optional)(options.columns, (v) => (0, validation_1.checkInteger)(fn, "columns", v, { min: 1 }));
    (0, plot_checks_1.optional)(options.unseenDigits, (v) => (0, validation_1.checkNumberArray)(fn, "unseenDigits", v, { minLength: 0 }));
    const d = features[0].seen.features[0]?.length ?? 0;
    if (d !== 2 && d !== 3)
        throw new Error(`losslab.capstoneFeatureFigure: features must be 2-D or 3-D, got ${d}-D`);
    const unseen = options.unseenDigits ?? [8, 9];
    const n = features.length;
    const cols = Math.min(options.columns ?? 4, n);
    const rows = Math.ceil(n / cols);
    const title = options.title ?? `Held-out features of every loss on the unit ${d === 3 ? "sphere" : "circle"}: dots trained digits, ${d === 3 ? "diamonds" : "crosses"} the unseen digits ${unseen.join(" and ")}`;
    const panels = features.map(capstonePanel);
    if (d === 2) {
        const fig = (0, feature_plots_1.featureFigure)(panels, { title, columns: cols });
        fig.data = fig.data.map((t) => markUnseen(t, unseen, false));
        return fig;
    }
    const fig = (0, feature_plots_1.sphereFigure)(panels, { title });
    fig.data = fig.data.map((t) => markUnseen(t, unseen, true));
    // sphereFigure lays the scenes out in one row: move them to a grid of `cols` columns
    const layout = fig.layout;
    const gapX = 0.01;
    const rowHeight = 0.92 / rows;
    const annotations = layout.annotations;
    panels.forEach((_, k) => {
        const scene = layout[k === 0 ? "scene" : `scene${k + 1}`];
        const [c, r] = [k % cols, Math.floor(k / cols)];
        const x = [c / cols + gapX, (c + 1) / cols - gapX];
        const top = 0.95 - r * rowHeight;
        scene.domain = { x, y: [top - rowHeight + 0.02, top - 0.01] };
        // closer than sphereFigure's camera: the small panels of a grid need the sphere to fill them
        scene.camera = { eye: { x: 1.0, y: 1.0, z: 0.65 } };
        annotations[k] = { ...annotations[k], x: (x[0] + x[1]) / 2, y: top, yanchor: "bottom" };
    });
    layout.height = 60 + rows * 360;
    layout.margin = { l: 10, r: 10, t: 70, b: 10 };
    return fig;
}
exports.capstoneFeatureFigure = capstoneFeatureFigure;
//# sourceMappingURL=capstone_plots.js.map