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
exports.linearBoundariesFigure = exports.focalLossFigure = exports.softmaxGradientFigure = void 0;
/**
 * Figures of lesson 03 (cross-entropy, softmax and focal loss): softmax and sigmoid of adjustable
 * logits with the per-class gradient of the softmax loss, the focal loss paper's Figure 1, and linear
 * decision boundaries on two-class data. Values come from the library's activations and losses.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const sigmoid_1 = require("../activations/sigmoid");
const softmax_1 = require("../activations/softmax");
const logit_1 = require("../classification/logit");
const focal_1 = require("../losses/focal");
const softmax_cross_entropy_1 = require("../losses/softmax_cross_entropy");
const validation_1 = require("../validation");
const plot_checks_1 = require("./plot_checks");
const cross_entropy_plots_1 = require("./cross_entropy_plots");
const figure_1 = require("./figure");
const palette_1 = require("./palette");
const panels_1 = require("./panels");
const read = (t) => tf.tidy(() => Array.from(t().dataSync()));
/**
 * For scores s = `logits` with the positive class's score set to each value of `values` (a slider):
 * softmax f(s)ᵢ and sigmoid σ(sᵢ) per class (left), and the softmax loss's gradient ∂CE/∂sᵢ (right).
 */
function softmaxGradientFigure(input) {
    const fn = "softmaxGradientFigure";
    (0, validation_1.checkOptions)(fn, input, ["logits", "positive", "values", "active?"]);
    (0, plot_checks_1.optionalNumber)(fn, "active", input.active);
    const base = (0, validation_1.checkNumberArray)(fn, "logits", input.logits);
    const p = (0, validation_1.checkInteger)(fn, "positive", input.positive, { min: 0, max: base.length - 1 });
    const names = base.map((_, i) => (i === p ? `class ${i + 1} (positive, p)` : `class ${i + 1}`));
    const steps = (0, validation_1.checkNumberArray)(fn, "values", input.values).map((v) => {
        const s = base.map((b, i) => (i === p ? v : b));
        const f = read(() => (0, softmax_1.softmax)(s));
        const sig = read(() => (0, sigmoid_1.sigmoid)(s));
        const grad = read(() => (0, softmax_cross_entropy_1.softmaxCrossEntropyGradient)({ labels: [p], logits: [s] }));
        const [ce] = read(() => (0, softmax_cross_entropy_1.softmaxCrossEntropy)({ labels: [p], logits: [s] }));
        const where = (i) => `${names[i]}, s = ${s[i].toFixed(2)}`;
        return {
            label: v.toFixed(1),
            traces: [
                (0, panels_1.bars)(names, f, { name: "softmax f(s)ᵢ (adds up to 1)", color: cross_entropy_plots_1.CLASSIFIER_LOSS_COLORS.bce, text: f.map((q, i) => `${where(i)}<br>f(s)ᵢ = ${q.toFixed(3)}`) }),
                (0, panels_1.bars)(names, sig, { name: "sigmoid σ(sᵢ) (each on its own)", color: cross_entropy_plots_1.CLASSIFIER_LOSS_COLORS.focal, text: sig.map((q, i) => `${where(i)}<br>σ(sᵢ) = ${q.toFixed(3)}`) }),
                (0, panels_1.onRight)((0, panels_1.bars)(names, grad, {
                    name: "∂CE/∂sᵢ",
                    color: "#555555",
                    text: grad.map((g, i) => `${where(i)}<br>∂CE/∂sᵢ = ${i === p ? "f(s)_p − 1" : "f(s)ᵢ"} = ${g.toFixed(3)}`),
                }), { showLegend: true }),
            ],
            layout: { "title.text": `Softmax loss for scores s = [${s.map((x) => x.toFixed(1)).join(", ")}]: CE = −log f(s)_p = ${ce.toFixed(3)}` },
        };
    });
    const values = input.values;
    const active = Math.max(0, values.indexOf(input.active ?? values[0]));
    const fig = (0, figure_1.sliderFigure)([], steps, {
        title: String(steps[active].layout?.["title.text"]),
        xTitle: "class",
        yTitle: "probability",
        sliderTitle: `score s_p of the positive class`,
        active,
        layout: {
            ...(0, panels_1.twoPanels)({ title: "probabilities", xTitle: "class", yTitle: "probability", yaxis: { range: [0, 1.05] } }, { title: "gradient of CE = −log f(s)_p", xTitle: "class", yTitle: "∂CE/∂sᵢ", yaxis: { range: [-1.05, 1.05] } }),
            barmode: "group",
            legend: { orientation: "h", x: 0, y: 1.2 },
        },
    });
    delete fig.layout["title.text"]; // sliderFigure copies the active step's layout; the title is set above
    (0, panels_1.clearSlider)(fig, { headings: true });
    fig.layout.margin = { ...fig.layout.margin, t: 130 };
    return fig;
}
exports.softmaxGradientFigure = softmaxGradientFigure;
/**
 * The focal loss paper's Figure 1: FL(p_t) = −(1 − p_t)^γ log p_t against the probability p_t of the
 * ground-truth class, one curve per γ (γ = 0 is cross-entropy), the well-classified region p_t > 0.5 shaded.
 */
function focalLossFigure(input) {
    (0, validation_1.checkOptions)("focalLossFigure", input, ["gammas", "probabilities"]);
    const p = (0, validation_1.checkNumberArray)("focalLossFigure", "probabilities", input.probabilities);
    const logits = p.map(logit_1.logit);
    const traces = (0, validation_1.checkNumberArray)("focalLossFigure", "gammas", input.gammas).map((gamma, k) => {
        const loss = read(() => (0, focal_1.sigmoidFocalLoss)({ labels: p.map(() => 1), logits, gamma, reduction: "none" }));
        const name = gamma === 0 ? "γ = 0 (cross-entropy)" : `γ = ${gamma}`;
        return (0, figure_1.line)(p, loss, { name, color: k, hover: `${name}<br>p_t = %{x:.3f}: FL = %{y:.4g}<extra></extra>` });
    });
    return (0, figure_1.figure)(traces, {
        title: "Focal loss −(1 − p_t)^γ log p_t: the focal loss paper's Figure 1",
        xTitle: "probability of ground truth class p_t",
        yTitle: "loss",
        layout: {
            xaxis: { range: [0, 1] },
            yaxis: { range: [0, 5] },
            shapes: [{ type: "rect", xref: "x", yref: "paper", x0: 0.5, x1: 1, y0: 0, y1: 1, fillcolor: "#DDDDDD", opacity: 0.35, line: { width: 0 }, layer: "below" }],
            annotations: [{ x: 0.75, y: 4.2, xref: "x", yref: "y", text: "well-classified examples<br>(p_t > 0.5)", showarrow: false }],
        },
    });
}
exports.focalLossFigure = focalLossFigure;
/** Two-class points in 2-D (class colours) and each model's boundary w·x + b = 0. */
function linearBoundariesFigure(input) {
    const fn = "linearBoundariesFigure";
    (0, validation_1.checkOptions)(fn, input, ["data", "models", "title", "classNames?"]);
    (0, validation_1.checkObject)(fn, input.data, "data", "labelled points { x, y }");
    (0, plot_checks_1.checkList)(fn, "data.x", input.data.x, 1).forEach((p, i) => (0, validation_1.checkNumberArray)(fn, `data.x[${i}]`, p, { minLength: 2 }));
    (0, plot_checks_1.checkList)(fn, "data.y", input.data.y);
    (0, plot_checks_1.checkList)(fn, "models", input.models).forEach((m, k) => {
        (0, validation_1.checkOptions)(fn, m, ["label", "model", "color"], `models[${k}]`);
        (0, plot_checks_1.checkString)(fn, `models[${k}].label`, m.label);
        (0, validation_1.checkObject)(fn, m.model, `models[${k}].model`, "a logistic model { w, b }");
        (0, validation_1.checkNumberArray)(fn, `models[${k}].model.w`, m.model.w, { minLength: 2 });
        (0, validation_1.checkInteger)(fn, `models[${k}].color`, m.color, { min: 0 });
    });
    (0, plot_checks_1.checkString)(fn, "title", input.title);
    (0, plot_checks_1.optional)(input.classNames, (v) => (0, plot_checks_1.checkList)(fn, "classNames", v, 2).forEach((n, i) => (0, plot_checks_1.checkString)(fn, `classNames[${i}]`, n)));
    const { data } = input;
    const names = input.classNames ?? ["class 0", "class 1"];
    const x1 = data.x.map((p) => p[0]);
    const x2 = data.x.map((p) => p[1]);
    const range = (v) => [Math.min(...v) - 0.5, Math.max(...v) + 0.5];
    const [lo, hi] = range(x1);
    const traces = [0, 1].map((c) => {
        const idx = data.y.map((v, i) => (v === c ? i : -1)).filter((i) => i >= 0);
        return (0, figure_1.points)(idx.map((i) => x1[i]), idx.map((i) => x2[i]), {
            name: `${names[c]} (${idx.length} points)`,
            color: (0, palette_1.classColor)(c),
            size: c === 1 ? 8 : 5,
            text: idx.map((i) => `${names[c]}: (${x1[i].toFixed(2)}, ${x2[i].toFixed(2)})`),
        });
    });
    for (const m of input.models) {
        const [w1, w2] = m.model.w;
        const b = m.model.b;
        traces.push((0, figure_1.line)([lo - 20, hi + 20], [lo - 20, hi + 20].map((u) => -(w1 * u + b) / w2), {
            name: m.label,
            color: m.color,
            width: 2.5,
            hover: `${m.label}<br>boundary ${w1.toFixed(2)}·x₁ + ${w2.toFixed(2)}·x₂ + ${b.toFixed(2)} = 0<extra></extra>`,
        }));
    }
    return (0, figure_1.figure)(traces, {
        title: input.title,
        xTitle: "x₁",
        yTitle: "x₂",
        height: 560,
        layout: { xaxis: { range: [lo, hi] }, yaxis: { range: range(x2), scaleanchor: "x" } },
    });
}
exports.linearBoundariesFigure = linearBoundariesFigure;
//# sourceMappingURL=softmax_plots.js.map