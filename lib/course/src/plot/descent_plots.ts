/**
 * Figures of gradient descent on a two-parameter cost: the contour of J(θ) with descent paths, and
 * the excess cost J(θ) − J(θ̂) per epoch; both with a learning-rate slider.
 */
import type { DescentRun } from "../optim/compare_descent";
import { contour, grid, line, points, sliderFigure, type SliderStep } from "./figure";
import { checkInteger, checkNumber, checkObject, checkOptions, checkRange } from "losslab/internal";
import { checkFunction, checkList, checkPair, checkString, optional, optionalNumber } from "./plot_checks";
import type { Figure, Trace } from "../notebook/figure_types";

interface DescentFigureInput {
  /** J(θ₀, θ₁). */
  cost: (theta0: number, theta1: number) => number;
  /** θ̂, marked on the contour. */
  minimum: [number, number];
  runs: DescentRun[];
  range: { theta0: [number, number]; theta1: [number, number] };
  /** The learning rate the slider starts at (default: the first). */
  active?: number;
  /** Names of the parameters for axes and hover (default θ₀, θ₁). */
  names?: [string, string];
}

/** Runs of `compareDescent`, each checked for form: a learning rate and a path. */
function checkDescentRuns(fn: string, runs: unknown): DescentRun[] {
  return checkList<DescentRun>(fn, "runs", runs, 1).map((r, k) => {
    checkObject(fn, r, `runs[${k}]`, "a run of compareDescent");
    checkRange(fn, `runs[${k}].learningRate`, r.learningRate, { min: 0 });
    checkObject(fn, r.path, `runs[${k}].path`, "a descent path");
    return r;
  });
}

function stepsByRate(runs: DescentRun[], traces: (run: DescentRun, k: number) => Trace): SliderStep[] {
  const rates = [...new Set(runs.map((r) => r.learningRate))];
  return rates.map((eta) => ({
    label: String(eta),
    traces: runs.filter((r) => r.learningRate === eta).map((r, k) => traces(r, k)),
  }));
}

function activeIndex(runs: DescentRun[], active?: number): number {
  const rates = [...new Set(runs.map((r) => r.learningRate))];
  return active === undefined ? 0 : Math.max(0, rates.indexOf(active));
}

/** Contour of J with one path per batch mode, a slider over η. Diverging paths leave the frame. */
export function descentContourFigure(input: DescentFigureInput): Figure {
  const fn = "descentContourFigure";
  checkOptions(fn, input, ["cost", "minimum", "runs", "range", "active?", "names?"]);
  checkFunction(fn, "cost", input.cost);
  checkPair(fn, "minimum", input.minimum);
  checkDescentRuns(fn, input.runs);
  checkOptions(fn, input.range, ["theta0", "theta1"], "range");
  checkPair(fn, "range.theta0", input.range.theta0);
  checkPair(fn, "range.theta1", input.range.theta1);
  optionalNumber(fn, "active", input.active);
  optional(input.names, (v) => checkList(fn, "names", v, 2).forEach((n, i) => checkString(fn, `names[${i}]`, n)));
  const [n0, n1] = input.names ?? ["θ₀", "θ₁"];
  const g = grid(input.cost, input.range.theta0, input.range.theta1, 80);
  const base: Trace[] = [
    contour(g.x, g.y, g.z, { name: "J(θ)", zTitle: "J(θ)", hover: `J = %{z:.3g} at ${n0} = %{x:.3g}, ${n1} = %{y:.3g}<extra></extra>` }),
    points([input.minimum[0]], [input.minimum[1]], {
      name: "θ̂ = argmin J",
      color: "#000000",
      symbol: "x",
      size: 12,
      hover: `θ̂ = (%{x:.4g}, %{y:.4g})<extra></extra>`,
    }),
  ];
  const steps = stepsByRate(input.runs, (run, k) =>
    points(
      run.path.thetas.map((t) => t[0]),
      run.path.thetas.map((t) => t[1]),
      {
        name: run.label,
        color: k,
        lines: true,
        size: 4,
        text: run.path.thetas.map((t, i) => `${run.label}, η = ${run.learningRate}<br>update ${i}: ${n0} = ${t[0].toFixed(3)}, ${n1} = ${t[1].toFixed(3)}<br>J = ${run.path.costs[i].toPrecision(4)}`),
      },
    ),
  );
  return sliderFigure(base, steps, {
    title: "Gradient descent on J(θ): three ways to batch the data",
    xTitle: n0,
    yTitle: n1,
    sliderTitle: "learning rate η",
    active: activeIndex(input.runs, input.active),
    layout: {
      xaxis: { range: input.range.theta0 },
      yaxis: { range: input.range.theta1 },
      legend: { x: 0, y: -0.28, orientation: "h" },
    },
    height: 520,
  });
}

/** J(θ) − J(θ̂) against epochs (log scale), one line per batch mode, a slider over η. */
export function descentCostFigure(input: { runs: DescentRun[]; minCost: number; n: number; active?: number }): Figure {
  const fn = "descentCostFigure";
  checkOptions(fn, input, ["runs", "minCost", "n", "active?"]);
  checkDescentRuns(fn, input.runs);
  checkNumber(fn, "minCost", input.minCost);
  checkInteger(fn, "n", input.n, { min: 1 });
  optionalNumber(fn, "active", input.active);
  const steps = stepsByRate(input.runs, (run, k) => {
    const epochs = run.path.costs.map((_, i) => (i * run.path.batchSize) / input.n);
    const excess = run.path.costs.map((c) => Math.max(c - input.minCost, 1e-16));
    return line(epochs, excess, {
      name: run.label,
      color: k,
      hover: `${run.label}, η = ${run.learningRate}<br>epoch %{x:.2f}: J − J(θ̂) = %{y:.3g}<extra></extra>`,
    });
  });
  return sliderFigure([], steps, {
    title: "Excess cost J(θ) − J(θ̂) as descent goes on",
    xTitle: "epoch (passes over the data)",
    yTitle: "J(θ) − J(θ̂)",
    sliderTitle: "learning rate η",
    active: activeIndex(input.runs, input.active),
    layout: { yaxis: { type: "log", exponentformat: "power" } },
  });
}
