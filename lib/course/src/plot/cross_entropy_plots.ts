/**
 * Figures of lesson 02 (L2 vs cross-entropy): both losses and their derivatives over the prediction ŷ
 * with the notes' worked example marked, the derivatives with respect to the logit z through the
 * sigmoid, and logistic regression trained from a bad start with each loss. Values come from the
 * library's losses and from `trainLogisticRegression`.
 */
import * as tf from "@tensorflow/tfjs";
import type { LogisticEpoch, LogisticModel } from "../classification/logistic_regression";
import { logisticProbabilities } from "../classification/logistic_regression";
import type { LabelledPoints } from "../classification/toy_data";
import {
  binaryCrossEntropy,
  binaryCrossEntropyGradient,
  binaryCrossEntropyWithLogitsGradient,
} from "losslab";
import { meanSquaredError, meanSquaredErrorGradient, meanSquaredErrorWithLogitsGradient } from "losslab";
import { checkInteger, checkNumber, checkNumberArray, checkObject, checkOptions, checkRange } from "losslab/internal";
import { figure, line, linspace, points, sliderFigure, type SliderStep } from "./figure";
import { classColor } from "./palette";
import { clearSlider, onRight, twoPanels } from "./panels";
import { checkList, checkPair, checkString, optional } from "./plot_checks";
import type { Figure, Trace } from "../notebook/figure_types";

/** The colour of each classification loss in the figures of lessons 02 and 03. */
export const CLASSIFIER_LOSS_COLORS = { mse: 7, bce: 5, focal: 6, balanced: 8, balancedFocal: 4, paperFocal: 3 } as const;

type Curve = (label: number[], x: number[]) => tf.Tensor;

function values(f: Curve, label: number, x: number[]): number[] {
  return tf.tidy(() => Array.from(f(x.map(() => label), x).dataSync()));
}

const mseOf: Curve = (y, p) => meanSquaredError({ labels: y, predictions: p, reduction: "none" });
const bceOf: Curve = (y, p) => binaryCrossEntropy({ labels: y, predictions: p, reduction: "none" });
const mseSlope: Curve = (y, p) => meanSquaredErrorGradient({ labels: y, predictions: p });
const bceSlope: Curve = (y, p) => binaryCrossEntropyGradient({ labels: y, predictions: p });
const mseLogitSlope: Curve = (y, z) => meanSquaredErrorWithLogitsGradient({ labels: y, logits: z });
const bceLogitSlope: Curve = (y, z) => binaryCrossEntropyWithLogitsGradient({ labels: y, logits: z });

/** A diamond on a curve; `legend` names it in the legend (once per figure). */
function marker(x: number, y: number, name: string, color: number, what: string, legend?: string): Trace {
  return points([x], [y], {
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
export function predictionLossFigure(input: { label: number; predictions: number[]; mark: number; gradientRange?: [number, number] }): Figure {
  checkOptions("predictionLossFigure", input, ["label", "predictions", "mark", "gradientRange?"]);
  const y = checkRange("predictionLossFigure", "label", input.label, { min: 0, max: 1 });
  const p = checkNumberArray("predictionLossFigure", "predictions", input.predictions);
  const m = checkRange("predictionLossFigure", "mark", input.mark, { min: 0, max: 1 });
  optional(input.gradientRange, (v) => checkPair("predictionLossFigure", "gradientRange", v));
  const spec = [
    { name: "L_MSE = (y − ŷ)²", value: mseOf, slope: mseSlope, color: CLASSIFIER_LOSS_COLORS.mse },
    { name: "L_CE = −[y ln ŷ + (1 − y) ln(1 − ŷ)]", value: bceOf, slope: bceSlope, color: CLASSIFIER_LOSS_COLORS.bce },
  ];
  const traces: Trace[] = spec.flatMap((s, k) => {
    const [v] = values(s.value, y, [m]);
    const [g] = values(s.slope, y, [m]);
    return [
      line(p, values(s.value, y, p), { name: s.name, color: s.color, hover: `${s.name}, y = ${y}<br>ŷ = %{x:.3f}: L = %{y:.4g}<extra></extra>` }),
      marker(m, v, `${s.name}, worked example`, s.color, `ŷ = ${m}: L = ${v.toPrecision(3)}`, k === 0 ? `worked example, ŷ = ${m}` : undefined),
      onRight(line(p, values(s.slope, y, p), { name: s.name, color: s.color, hover: `${s.name}, y = ${y}<br>ŷ = %{x:.3f}: ∂L/∂ŷ = %{y:.4g}<extra></extra>` })),
      onRight(marker(m, g, `${s.name}, worked example`, s.color, `ŷ = ${m}: ∂L/∂ŷ = ${g.toPrecision(3)}`)),
    ];
  });
  return figure(traces, {
    title: `Squared error and cross-entropy for a sample of class y = ${y}`,
    xTitle: "prediction ŷ",
    yTitle: "loss L",
    height: 470,
    layout: {
      ...twoPanels(
        { title: "loss", xTitle: "prediction ŷ", yTitle: "loss L", xaxis: { range: [0, 1] } },
        { title: "derivative", xTitle: "prediction ŷ", yTitle: "∂L/∂ŷ", xaxis: { range: [0, 1] }, yaxis: { range: input.gradientRange ?? [-20, 3] } },
      ),
      legend: { orientation: "h", x: 0, y: -0.2 },
      margin: { l: 60, r: 20, t: 90, b: 90 },
    },
  });
}

/**
 * ∂L/∂z through the sigmoid ŷ = σ(z) for the squared error and cross-entropy, against the logit z,
 * for one label y, with the logit `mark` marked.
 */
export function logitGradientFigure(input: { label: number; logits: number[]; mark: number }): Figure {
  checkOptions("logitGradientFigure", input, ["label", "logits", "mark"]);
  const y = checkRange("logitGradientFigure", "label", input.label, { min: 0, max: 1 });
  checkNumber("logitGradientFigure", "mark", input.mark);
  const z = checkNumberArray("logitGradientFigure", "logits", input.logits);
  const spec = [
    { name: "MSE: ∂L/∂z = 2(ŷ − y)·ŷ(1 − ŷ)", slope: mseLogitSlope, color: CLASSIFIER_LOSS_COLORS.mse },
    { name: "CE: ∂L/∂z = ŷ − y", slope: bceLogitSlope, color: CLASSIFIER_LOSS_COLORS.bce },
  ];
  const traces = spec.flatMap((s) => {
    const [g] = values(s.slope, y, [input.mark]);
    const legend = s === spec[0] ? `worked example, z = ${input.mark.toPrecision(3)}` : undefined;
    return [
      line(z, values(s.slope, y, z), { name: s.name, color: s.color, hover: `${s.name}<br>z = %{x:.3g}: ∂L/∂z = %{y:.4g}<extra></extra>` }),
      marker(input.mark, g, `${s.name}, worked example`, s.color, `z = ${input.mark.toPrecision(3)} (ŷ = σ(z)): ∂L/∂z = ${g.toPrecision(3)}`, legend),
    ];
  });
  return figure(traces, {
    title: `The gradient a logit receives, for a sample of class y = ${y}`,
    xTitle: "logit z (ŷ = σ(z))",
    yTitle: "∂L/∂z",
    layout: { legend: { x: 0.01, y: 0.05, bgcolor: "rgba(255,255,255,0.8)" } },
  });
}

export interface TrainingRun {
  /** The legend entry ("MSE", "cross-entropy"). */
  label: string;
  history: LogisticEpoch[];
  /** Palette index. */
  color: number;
}

/** Runs of `trainLogisticRegression` to draw, each { label, history, color }. */
function checkTrainingRuns(fn: string, runs: unknown): TrainingRun[] {
  return checkList<TrainingRun>(fn, "runs", runs, 1).map((r, k) => {
    checkOptions(fn, r, ["label", "history", "color"], `runs[${k}]`);
    checkString(fn, `runs[${k}].label`, r.label);
    checkList(fn, `runs[${k}].history`, r.history, 1);
    checkInteger(fn, `runs[${k}].color`, r.color, { min: 0 });
    return r;
  });
}

/** Accuracy (left) and the gradient norm ‖∂J/∂θ‖ (right, log scale) against the epoch, one line per run. */
export function trainingComparisonFigure(input: { runs: TrainingRun[]; title: string }): Figure {
  checkOptions("trainingComparisonFigure", input, ["runs", "title"]);
  checkTrainingRuns("trainingComparisonFigure", input.runs);
  checkString("trainingComparisonFigure", "title", input.title);
  const traces = input.runs.flatMap((run) => {
    const epochs = run.history.map((h) => h.epoch);
    return [
      line(epochs, run.history.map((h) => h.accuracy), { name: run.label, color: run.color, hover: `${run.label}<br>epoch %{x}: accuracy %{y:.3f}<extra></extra>` }),
      onRight(line(epochs, run.history.map((h) => h.gradientNorm), { name: run.label, color: run.color, hover: `${run.label}<br>epoch %{x}: ‖∂J/∂θ‖ = %{y:.3g}<extra></extra>` })),
    ];
  });
  return figure(traces, {
    title: input.title,
    xTitle: "epoch",
    yTitle: "training accuracy",
    layout: twoPanels(
      { title: "accuracy", xTitle: "epoch", yTitle: "training accuracy", yaxis: { range: [0, 1.05] } },
      { title: "how hard the loss pushes", xTitle: "epoch", yTitle: "‖∂J/∂(w, b)‖", yaxis: { type: "log", exponentformat: "power", dtick: 1 } },
    ),
  });
}

/**
 * One-dimensional data at heights 0 and 1 (its class), and each run's model σ(wx + b) at the epochs of
 * `epochs`, chosen with a slider.
 */
export function logisticCurvesFigure(input: { data: LabelledPoints; runs: TrainingRun[]; epochs: number[] }): Figure {
  const fn = "logisticCurvesFigure";
  checkOptions(fn, input, ["data", "runs", "epochs"]);
  checkObject(fn, input.data, "data", "labelled points { x, y }");
  checkList(fn, "data.x", input.data.x, 1);
  checkList(fn, "data.y", input.data.y);
  checkTrainingRuns(fn, input.runs);
  checkNumberArray(fn, "epochs", input.epochs).forEach((e, i) => checkInteger(fn, `epochs[${i}]`, e, { min: 0 }));
  const xs = input.data.x.map((p) => p[0]);
  const grid = linspace(Math.min(...xs) - 0.5, Math.max(...xs) + 0.5, 121);
  const base: Trace[] = [0, 1].map((c) => {
    const idx = input.data.y.map((v, i) => (v === c ? i : -1)).filter((i) => i >= 0);
    return points(idx.map((i) => xs[i]), idx.map(() => c), {
      name: `class ${c}`,
      color: classColor(c),
      size: 6,
      text: idx.map((i) => `class ${c}, x = ${xs[i].toFixed(2)}`),
    });
  });
  const steps: SliderStep[] = input.epochs.map((e) => ({
    label: String(e),
    // drawn in reverse, so the first run's dashed curve stays visible where the two coincide
    traces: [...input.runs].reverse().map((run) => {
      const h = run.history[Math.min(e, run.history.length - 1)];
      const model: LogisticModel = { w: h.w, b: h.b };
      return line(grid, logisticProbabilities(model, grid.map((v) => [v])), {
        name: `${run.label}: ŷ = σ(wx + b)`,
        color: run.color,
        width: 3,
        dash: run === input.runs[0] ? "dash" : "solid",
        hover: `${run.label}, epoch ${h.epoch} (w = ${h.w[0].toFixed(2)}, b = ${h.b.toFixed(2)})<br>x = %{x:.2f}: ŷ = %{y:.3f}<extra></extra>`,
      });
    }),
  }));
  return clearSlider(
    sliderFigure(base, steps, {
      title: "The model σ(wx + b) as training goes on",
      xTitle: "x",
      yTitle: "ŷ = P(class 1 | x)",
      sliderTitle: "epoch",
      layout: { yaxis: { range: [-0.08, 1.08] }, legend: { x: 0.01, y: 0.6, bgcolor: "rgba(255,255,255,0.8)" } },
    }),
  );
}
