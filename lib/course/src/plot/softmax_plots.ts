/**
 * Figures of lesson 03 (cross-entropy, softmax and focal loss): softmax and sigmoid of adjustable
 * logits with the per-class gradient of the softmax loss, the focal loss paper's Figure 1, and linear
 * decision boundaries on two-class data. Values come from the library's activations and losses.
 */
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "losslab";
import { softmax } from "losslab";
import type { LogisticModel } from "../classification/logistic_regression";
import { logit } from "../classification/logit";
import type { LabelledPoints } from "../classification/toy_data";
import { sigmoidFocalLoss } from "losslab";
import { softmaxCrossEntropy, softmaxCrossEntropyGradient } from "losslab";
import { checkInteger, checkNumberArray, checkObject, checkOptions } from "losslab/internal";
import { checkList, checkString, optional, optionalNumber } from "./plot_checks";
import { CLASSIFIER_LOSS_COLORS } from "./cross_entropy_plots";
import { figure, line, points, sliderFigure, type SliderStep } from "./figure";
import { classColor } from "./palette";
import { bars, clearSlider, onRight, twoPanels } from "./panels";
import type { Figure, Trace } from "../notebook/figure_types";

const read = (t: () => tf.Tensor): number[] => tf.tidy(() => Array.from(t().dataSync()));

/**
 * For scores s = `logits` with the positive class's score set to each value of `values` (a slider):
 * softmax f(s)ᵢ and sigmoid σ(sᵢ) per class (left), and the softmax loss's gradient ∂CE/∂sᵢ (right).
 */
export function softmaxGradientFigure(input: { logits: number[]; positive: number; values: number[]; active?: number }): Figure {
  const fn = "softmaxGradientFigure";
  checkOptions(fn, input, ["logits", "positive", "values", "active?"]);
  optionalNumber(fn, "active", input.active);
  const base = checkNumberArray(fn, "logits", input.logits);
  const p = checkInteger(fn, "positive", input.positive, { min: 0, max: base.length - 1 });
  const names = base.map((_, i) => (i === p ? `class ${i + 1} (positive, p)` : `class ${i + 1}`));
  const steps: SliderStep[] = checkNumberArray(fn, "values", input.values).map((v) => {
    const s = base.map((b, i) => (i === p ? v : b));
    const f = read(() => softmax(s));
    const sig = read(() => sigmoid(s));
    const grad = read(() => softmaxCrossEntropyGradient({ labels: [p], logits: [s] }));
    const [ce] = read(() => softmaxCrossEntropy({ labels: [p], logits: [s] }));
    const where = (i: number) => `${names[i]}, s = ${s[i].toFixed(2)}`;
    return {
      label: v.toFixed(1),
      traces: [
        bars(names, f, { name: "softmax f(s)ᵢ (adds up to 1)", color: CLASSIFIER_LOSS_COLORS.bce, text: f.map((q, i) => `${where(i)}<br>f(s)ᵢ = ${q.toFixed(3)}`) }),
        bars(names, sig, { name: "sigmoid σ(sᵢ) (each on its own)", color: CLASSIFIER_LOSS_COLORS.focal, text: sig.map((q, i) => `${where(i)}<br>σ(sᵢ) = ${q.toFixed(3)}`) }),
        onRight(
          bars(names, grad, {
            name: "∂CE/∂sᵢ",
            color: "#555555",
            text: grad.map((g, i) => `${where(i)}<br>∂CE/∂sᵢ = ${i === p ? "f(s)_p − 1" : "f(s)ᵢ"} = ${g.toFixed(3)}`),
          }),
          { showLegend: true },
        ),
      ],
      layout: { "title.text": `Softmax loss for scores s = [${s.map((x) => x.toFixed(1)).join(", ")}]: CE = −log f(s)_p = ${ce.toFixed(3)}` },
    };
  });
  const values = input.values;
  const active = Math.max(0, values.indexOf(input.active ?? values[0]));
  const fig = sliderFigure([], steps, {
    title: String(steps[active].layout?.["title.text"]),
    xTitle: "class",
    yTitle: "probability",
    sliderTitle: `score s_p of the positive class`,
    active,
    layout: {
      ...twoPanels(
        { title: "probabilities", xTitle: "class", yTitle: "probability", yaxis: { range: [0, 1.05] } },
        { title: "gradient of CE = −log f(s)_p", xTitle: "class", yTitle: "∂CE/∂sᵢ", yaxis: { range: [-1.05, 1.05] } },
      ),
      barmode: "group",
      legend: { orientation: "h", x: 0, y: 1.2 },
    },
  });
  delete fig.layout["title.text"]; // sliderFigure copies the active step's layout; the title is set above
  clearSlider(fig, { headings: true });
  fig.layout.margin = { ...(fig.layout.margin as object), t: 130 };
  return fig;
}

/**
 * The focal loss paper's Figure 1: FL(p_t) = −(1 − p_t)^γ log p_t against the probability p_t of the
 * ground-truth class, one curve per γ (γ = 0 is cross-entropy), the well-classified region p_t > 0.5 shaded.
 */
export function focalLossFigure(input: { gammas: number[]; probabilities: number[] }): Figure {
  checkOptions("focalLossFigure", input, ["gammas", "probabilities"]);
  const p = checkNumberArray("focalLossFigure", "probabilities", input.probabilities);
  const logits = p.map(logit);
  const traces: Trace[] = checkNumberArray("focalLossFigure", "gammas", input.gammas).map((gamma, k) => {
    const loss = read(() => sigmoidFocalLoss({ labels: p.map(() => 1), logits, gamma, reduction: "none" }));
    const name = gamma === 0 ? "γ = 0 (cross-entropy)" : `γ = ${gamma}`;
    return line(p, loss, { name, color: k, hover: `${name}<br>p_t = %{x:.3f}: FL = %{y:.4g}<extra></extra>` });
  });
  return figure(traces, {
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

export interface BoundaryModel {
  label: string;
  model: LogisticModel;
  color: number;
}

/** Two-class points in 2-D (class colours) and each model's boundary w·x + b = 0. */
export function linearBoundariesFigure(input: { data: LabelledPoints; models: BoundaryModel[]; title: string; classNames?: [string, string] }): Figure {
  const fn = "linearBoundariesFigure";
  checkOptions(fn, input, ["data", "models", "title", "classNames?"]);
  checkObject(fn, input.data, "data", "labelled points { x, y }");
  checkList(fn, "data.x", input.data.x, 1).forEach((p, i) => checkNumberArray(fn, `data.x[${i}]`, p, { minLength: 2 }));
  checkList(fn, "data.y", input.data.y);
  checkList<BoundaryModel>(fn, "models", input.models).forEach((m, k) => {
    checkOptions(fn, m, ["label", "model", "color"], `models[${k}]`);
    checkString(fn, `models[${k}].label`, m.label);
    checkObject(fn, m.model, `models[${k}].model`, "a logistic model { w, b }");
    checkNumberArray(fn, `models[${k}].model.w`, m.model.w, { minLength: 2 });
    checkInteger(fn, `models[${k}].color`, m.color, { min: 0 });
  });
  checkString(fn, "title", input.title);
  optional(input.classNames, (v) => checkList(fn, "classNames", v, 2).forEach((n, i) => checkString(fn, `classNames[${i}]`, n)));
  const { data } = input;
  const names = input.classNames ?? ["class 0", "class 1"];
  const x1 = data.x.map((p) => p[0]);
  const x2 = data.x.map((p) => p[1]);
  const range = (v: number[]): [number, number] => [Math.min(...v) - 0.5, Math.max(...v) + 0.5];
  const [lo, hi] = range(x1);
  const traces: Trace[] = [0, 1].map((c) => {
    const idx = data.y.map((v, i) => (v === c ? i : -1)).filter((i) => i >= 0);
    return points(idx.map((i) => x1[i]), idx.map((i) => x2[i]), {
      name: `${names[c]} (${idx.length} points)`,
      color: classColor(c),
      size: c === 1 ? 8 : 5,
      text: idx.map((i) => `${names[c]}: (${x1[i].toFixed(2)}, ${x2[i].toFixed(2)})`),
    });
  });
  for (const m of input.models) {
    const [w1, w2] = m.model.w;
    const b = m.model.b;
    traces.push(
      line([lo - 20, hi + 20], [lo - 20, hi + 20].map((u) => -(w1 * u + b) / w2), {
        name: m.label,
        color: m.color,
        width: 2.5,
        hover: `${m.label}<br>boundary ${w1.toFixed(2)}·x₁ + ${w2.toFixed(2)}·x₂ + ${b.toFixed(2)} = 0<extra></extra>`,
      }),
    );
  }
  return figure(traces, {
    title: input.title,
    xTitle: "x₁",
    yTitle: "x₂",
    height: 560,
    layout: { xaxis: { range: [lo, hi] }, yaxis: { range: range(x2), scaleanchor: "x" } },
  });
}
