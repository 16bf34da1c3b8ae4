"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.logisticCurvesFigure = exports.trainingComparisonFigure = exports.logitGradientFigure = exports.predictionLossFigure = exports.CLASSIFIER_LOSS_COLORS = void 0;
/**
 * Figures of lesson 02 (L2 vs cross-entropy): both losses and their derivatives over the prediction ŷ
 * with the notes' worked example marked, the derivatives with respect to the logit z through the
 * sigmoid, and logistic regression trained from a bad start with each loss. Values come from the
 * library's losses and from `trainLogisticRegression`.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const logistic_regression_1 = require("../classification/logistic_regression");
const binary_cross_entropy_1 = require("../losses/binary_cross_entropy");
const mean_squared_error_1 = require("../losses/mean_squared_error");
const validation_1 = require("../validation");
const figure_1 = require("./figure");
const palette_1 = require("./palette");
const panels_1 = require("./panels");
const plot_checks_1 = require("./plot_checks");
/** The colour of each classification loss in the figures of lessons 02 and 03. */
exports.CLASSIFIER_LOSS_COLORS = { mse: 7, bce: 5, focal: 6, balanced: 8, balancedFocal: 4, paperFocal: 3 };
function values(f, label, x) {
    return tf.tidy(() => Array.from(f(x.map(() => label), x).dataSync()));
}
const mseOf = (y, p) => (0, mean_squared_error_1.meanSquaredError)({ labels: y, predictions: p, reduction: "none" });
const bceOf = (y, p) => (0, binary_cross_entropy_1.binaryCrossEntropy)({ labels: y, predictions: p, reduction: "none" });
const mseSlope = (y, p) => (0, mean_squared_error_1.meanSquaredErrorGradient)({ labels: y, predictions: p });
const bceSlope = (y, p) => (0, binary_cross_entropy_1.binaryCrossEntropyGradient)({ labels: y, predictions: p });
const mseLogitSlope = (y, z) => (0, mean_squared_error_1.meanSquaredErrorWithLogitsGradient)({ labels: y, logits: z });
const bceLogitSlope = (y, z) => (0, binary_cross_entropy_1.binaryCrossEntropyWithLogitsGradient)({ labels: y, logits: z });
/** A diamond on a curve; `legend` names it in the legend (once per figure). */
function marker(x, y, name, color, what, legend) {
    return (0, figure_1.points)([x], [y], {
        name: legend ?? name,
        color,
        size: 11,
        symbol: "diamond",
        showLegend: legend !== undefined,
        hover: `${name}<br>${what}<extra></extra>`,
    });
}
/**
 * L_MSE = (y − ŷ)² and L_CE = −[y log ŷ + (1 − y) log(1 − ŷ)] against ŷ (left), their derivatives
 * ∂L/∂ŷ (right), for one label y, with the point ŷ = `mark` marked on all four curves.
 */
function predictionLossFigure(input) {
    (0, validation_1.checkOptions)("predictionLossFigure", input, ["label", "predictions", "mark", "gradientRange?"]);
    const y = (0, validation_1.checkRange)("predictionLossFigure", "label", input.label, { min: 0, max: 1 });
    const p = (0, validation_1.checkNumberArray)("predictionLossFigure", "predictions", input.predictions);
    const m = (0, validation_1.checkRange)("predictionLossFigure", "mark", input.mark, { min: 0, max: 1 });
    (0, plot_checks_1.optional)(input.gradientRange, (v) => (0, plot_checks_1.checkPair)("predictionLossFigure", "gradientRange", v));
    const spec = [
        { name: "L_MSE = (y − ŷ)²", value: mseOf, slope: mseSlope, color: exports.CLASSIFIER_LOSS_COLORS.mse },
        { name: "L_CE = −[y ln ŷ + (1 − y) ln(1 − ŷ)]", value: bceOf, slope: bceSlope, color: exports.CLASSIFIER_LOSS_COLORS.bce },
    ];
    const traces = spec.flatMap((s, k) => {
        const [v] = values(s.value, y, [m]);
        const [g] = values(s.slope, y, [m]);
        return [
            (0, figure_1.line)(p, values(s.value, y, p), { name: s.name, color: s.color, hover: `${s.name}, y = ${y}<br>ŷ = %{x:.3f}: L = %{y:.4g}<extra></extra>` }),
            marker(m, v, `${s.name}, worked example`, s.color, `ŷ = ${m}: L = ${v.toPrecision(3)}`, k === 0 ? `worked example, ŷ = ${m}` : undefined),
            (0, panels_1.onRight)((0, figure_1.line)(p, values(s.slope, y, p), { name: s.name, color: s.color, hover: `${s.name}, y = ${y}<br>ŷ = %{x:.3f}: ∂L/∂ŷ = %{y:.4g}<extra></extra>` })),
            (0, panels_1.onRight)(marker(m, g, `${s.name}, worked example`, s.color, `ŷ = ${m}: ∂L/∂ŷ = ${g.toPrecision(3)}`)),
        ];
    });
    return (0, figure_1.figure)(traces, {
        title: `Squared error and cross-entropy for a sample of class y = ${y}`,
        xTitle: "prediction ŷ",
        yTitle: "loss L",
        height: 470,
        layout: {
            ...(0, panels_1.twoPanels)({ title: "loss", xTitle: "prediction ŷ", yTitle: "loss L", xaxis: { range: [0, 1] } }, { title: "derivative", xTitle: "prediction ŷ", yTitle: "∂L/∂ŷ", xaxis: { range: [0, 1] }, yaxis: { range: input.gradientRange ?? [-20, 3] } }),
            legend: { orientation: "h", x: 0, y: -0.2 },
            margin: { l: 60, r: 20, t: 90, b: 90 },
        },
    });
}
exports.predictionLossFigure = predictionLossFigure;
/**
 * ∂L/∂z through the sigmoid ŷ = σ(z) for the squared error and cross-entropy, against the logit z,
 * for one label y, with the logit `mark` marked.
 */
function logitGradientFigure(input) {
    (0, validation_1.checkOptions)("logitGradientFigure", input, ["label", "logits", "mark"]);
    const y = (0, validation_1.checkRange)("logitGradientFigure", "label", input.label, { min: 0, max: 1 });
    (0, validation_1.checkNumber)("logitGradientFigure", "mark", input.mark);
    const z = (0, validation_1.checkNumberArray)("logitGradientFigure", "logits", input.logits);
    const spec = [
        { name: "MSE: ∂L/∂z = 2(ŷ − y)·ŷ(1 − ŷ)", slope: mseLogitSlope, color: exports.CLASSIFIER_LOSS_COLORS.mse },
        { name: "CE: ∂L/∂z = ŷ − y", slope: bceLogitSlope, color: exports.CLASSIFIER_LOSS_COLORS.bce },
    ];
    const traces = spec.flatMap((s) => {
        const [g] = values(s.slope, y, [input.mark]);
        const legend = s === spec[0] ? `worked example, z = ${input.mark.toPrecision(3)}` : undefined;
        return [
            (0, figure_1.line)(z, values(s.slope, y, z), { name: s.name, color: s.color, hover: `${s.name}<br>z = %{x:.3g}: ∂L/∂z = %{y:.4g}<extra></extra>` }),
            marker(input.mark, g, `${s.name}, worked example`, s.color, `z = ${input.mark.toPrecision(3)} (ŷ = σ(z)): ∂L/∂z = ${g.toPrecision(3)}`, legend),
        ];
    });
    return (0, figure_1.figure)(traces, {
        title: `The gradient a logit receives, for a sample of class y = ${y}`,
        xTitle: "logit z (ŷ = σ(z))",
        yTitle: "∂L/∂z",
        layout: { legend: { x: 0.01, y: 0.05, bgcolor: "rgba(255,255,255,0.8)" } },
    });
}
exports.logitGradientFigure = logitGradientFigure;
/** Runs of `trainLogisticRegression` to draw, each { label, history, color }. */
function checkTrainingRuns(fn, runs) {
    return (0, plot_checks_1.checkList)(fn, "runs", runs, 1).map((r, k) => {
        (0, validation_1.checkOptions)(fn, r, ["label", "history", "color"], `runs[${k}]`);
        (0, plot_checks_1.checkString)(fn, `runs[${k}].label`, r.label);
        (0, plot_checks_1.checkList)(fn, `runs[${k}].history`, r.history, 1);
        (0, validation_1.checkInteger)(fn, `runs[${k}].color`, r.color, { min: 0 });
        return r;
    });
}
/** Accuracy (left) and the gradient norm ‖∂J/∂θ‖ (right, log scale) against the epoch, one line per run. */
function trainingComparisonFigure(input) {
    (0, validation_1.checkOptions)("trainingComparisonFigure", input, ["runs", "title"]);
    checkTrainingRuns("trainingComparisonFigure", input.runs);
    (0, plot_checks_1.checkString)("trainingComparisonFigure", "title", input.title);
    const traces = input.runs.flatMap((run) => {
        const epochs = run.history.map((h) => h.epoch);
        return [
            (0, figure_1.line)(epochs, run.history.map((h) => h.accuracy), { name: run.label, color: run.color, hover: `${run.label}<br>epoch %{x}: accuracy %{y:.3f}<extra></extra>` }),
            (0, panels_1.onRight)((0, figure_1.line)(epochs, run.history.map((h) => h.gradientNorm), { name: run.label, color: run.color, hover: `${run.label}<br>epoch %{x}: ‖∂J/∂θ‖ = %{y:.3g}<extra></extra>` })),
        ];
    });
    return (0, figure_1.figure)(traces, {
        title: input.title,
        xTitle: "epoch",
        yTitle: "training accuracy",
        layout: (0, panels_1.twoPanels)({ title: "accuracy", xTitle: "epoch", yTitle: "training accuracy", yaxis: { range: [0, 1.05] } }, { title: "how hard the loss pushes", xTitle: "epoch", yTitle: "‖∂J/∂(w, b)‖", yaxis: { type: "log", exponentformat: "power", dtick: 1 } }),
    });
}
exports.trainingComparisonFigure = trainingComparisonFigure;
/**
 * One-dimensional data at heights 0 and 1 (its class), and each run's model σ(wx + b) at the epochs of
 * `epochs`, chosen with a slider.
 */
function logisticCurvesFigure(input) {
    const fn = "logisticCurvesFigure";
    (0, validation_1.checkOptions)(fn, input, ["data", "runs", "epochs"]);
    (0, validation_1.checkObject)(fn, input.data, "data", "labelled points { x, y }");
    (0, plot_checks_1.checkList)(fn, "data.x", input.data.x, 1);
    (0, plot_checks_1.checkList)(fn, "data.y", input.data.y);
    checkTrainingRuns(fn, input.runs);
    (0, validation_1.checkNumberArray)(fn, "epochs", input.epochs).forEach((e, i) => (0, validation_1.checkInteger)(fn, `epochs[${i}]`, e, { min: 0 }));
    const xs = input.data.x.map((p) => p[0]);
    const grid = (0, figure_1.linspace)(Math.min(...xs) - 0.5, Math.max(...xs) + 0.5, 121);
    const base = [0, 1].map((c) => {
        const idx = input.data.y.map((v, i) => (v === c ? i : -1)).filter((i) => i >= 0);
        return (0, figure_1.points)(idx.map((i) => xs[i]), idx.map(() => c), {
            name: `class ${c}`,
            color: (0, palette_1.classColor)(c),
            size: 6,
            text: idx.map((i) => `class ${c}, x = ${xs[i].toFixed(2)}`),
        });
    });
    const steps = input.epochs.map((e) => ({
        label: String(e),
        // drawn in reverse, so the first run's dashed curve stays visible where the two coincide
        traces: [...input.runs].reverse().map((run) => {
            const h = run.history[Math.min(e, run.history.length - 1)];
            const model = { w: h.w, b: h.b };
            return (0, figure_1.line)(grid, (0, logistic_regression_1.logisticProbabilities)(model, grid.map((v) => [v])), {
                name: `${run.label}: ŷ = σ(wx + b)`,
                color: run.color,
                width: 3,
                dash: run === input.runs[0] ? "dash" : "solid",
                hover: `${run.label}, epoch ${h.epoch} (w = ${h.w[0].toFixed(2)}, b = ${h.b.toFixed(2)})<br>x = %{x:.2f}: ŷ = %{y:.3f}<extra></extra>`,
            });
        }),
    }));
    return (0, panels_1.clearSlider)((0, figure_1.sliderFigure)(base, steps, {
        title: "The model σ(wx + b) as training goes on",
        xTitle: "x",
        yTitle: "ŷ = P(class 1 | x)",
        sliderTitle: "epoch",
        layout: { yaxis: { range: [-0.08, 1.08] }, legend: { x: 0.01, y: 0.6, bgcolor: "rgba(255,255,255,0.8)" } },
    }));
}
exports.logisticCurvesFigure = logisticCurvesFigure;
//# sourceMappingURL=cross_entropy_plots.js.map