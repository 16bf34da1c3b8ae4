"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.descentCostFigure = exports.descentContourFigure = void 0;
const figure_1 = require("./figure");
const validation_1 = require("../validation");
const plot_checks_1 = require("./plot_checks");
/** Runs of `compareDescent`, each checked for form: a learning rate and a path. */
function checkDescentRuns(fn, runs) {
    return (0, plot_checks_1.checkList)(fn, "runs", runs, 1).map((r, k) => {
        (0, validation_1.checkObject)(fn, r, `runs[${k}]`, "a run of compareDescent");
        (0, validation_1.checkRange)(fn, `runs[${k}].learningRate`, r.learningRate, { min: 0 });
        (0, validation_1.checkObject)(fn, r.path, `runs[${k}].path`, "a descent path");
        return r;
    });
}
function stepsByRate(runs, traces) {
    const rates = [...new Set(runs.map((r) => r.learningRate))];
    return rates.map((eta) => ({
        label: String(eta),
        traces: runs.filter((r) => r.learningRate === eta).map((r, k) => traces(r, k)),
    }));
}
function activeIndex(runs, active) {
    const rates = [...new Set(runs.map((r) => r.learningRate))];
    return active === undefined ? 0 : Math.max(0, rates.indexOf(active));
}
/** Contour of J with one path per batch mode, a slider over η. Diverging paths leave the frame. */
function descentContourFigure(input) {
    const fn = "descentContourFigure";
    (0, validation_1.checkOptions)(fn, input, ["cost", "minimum", "runs", "range", "active?", "names?"]);
    (0, plot_checks_1.checkFunction)(fn, "cost", input.cost);
    (0, plot_checks_1.checkPair)(fn, "minimum", input.minimum);
    checkDescentRuns(fn, input.runs);
    (0, validation_1.checkOptions)(fn, input.range, ["theta0", "theta1"], "range");
    (0, plot_checks_1.checkPair)(fn, "range.theta0", input.range.theta0);
    (0, plot_checks_1.checkPair)(fn, "range.theta1", input.range.theta1);
    (0, plot_checks_1.optionalNumber)(fn, "active", input.active);
    (0, plot_checks_1.optional)(input.names, (v) => (0, plot_checks_1.checkList)(fn, "names", v, 2).forEach((n, i) => (0, plot_checks_1.checkString)(fn, `names[${i}]`, n)));
    const [n0, n1] = input.names ?? ["θ₀", "θ₁"];
    const g = (0, figure_1.grid)(input.cost, input.range.theta0, input.range.theta1, 80);
    const base = [
        (0, figure_1.contour)(g.x, g.y, g.z, { name: "J(θ)", zTitle: "J(θ)", hover: `J = %{z:.3g} at ${n0} = %{x:.3g}, ${n1} = %{y:.3g}<extra></extra>` }),
        (0, figure_1.points)([input.minimum[0]], [input.minimum[1]], {
            name: "θ̂ = argmin J",
            color: "#000000",
            symbol: "x",
            size: 12,
            hover: `θ̂ = (%{x:.4g}, %{y:.4g})<extra></extra>`,
        }),
    ];
    const steps = stepsByRate(input.runs, (run, k) => (0, figure_1.points)(run.path.thetas.map((t) => t[0]), run.path.thetas.map((t) => t[1]), {
        name: run.label,
        color: k,
        lines: true,
        size: 4,
        text: run.path.thetas.map((t, i) => `${run.label}, η = ${run.learningRate}<br>update ${i}: ${n0} = ${t[0].toFixed(3)}, ${n1} = ${t[1].toFixed(3)}<br>J = ${run.path.costs[i].toPrecision(4)}`),
    }));
    return (0, figure_1.sliderFigure)(base, steps, {
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
exports.descentContourFigure = descentContourFigure;
/** J(θ) − J(θ̂) against epochs (log scale), one line per batch mode, a slider over η. */
function descentCostFigure(input) {
    const fn = "descentCostFigure";
    (0, validation_1.checkOptions)(fn, input, ["runs", "minCost", "n", "active?"]);
    checkDescentRuns(fn, input.runs);
    (0, validation_1.checkNumber)(fn, "minCost", input.minCost);
    (0, validation_1.checkInteger)(fn, "n", input.n, { min: 1 });
    (0, plot_checks_1.optionalNumber)(fn, "active", input.active);
    const steps = stepsByRate(input.runs, (run, k) => {
        const epochs = run.path.costs.map((_, i) => (i * run.path.batchSize) / input.n);
        const excess = run.path.costs.map((c) => Math.max(c - input.minCost, 1e-16));
        return (0, figure_1.line)(epochs, excess, {
            name: run.label,
            color: k,
            hover: `${run.label}, η = ${run.learningRate}<br>epoch %{x:.2f}: J − J(θ̂) = %{y:.3g}<extra></extra>`,
        });
    });
    return (0, figure_1.sliderFigure)([], steps, {
        title: "Excess cost J(θ) − J(θ̂) as descent goes on",
        xTitle: "epoch (passes over the data)",
        yTitle: "J(θ) − J(θ̂)",
        sliderTitle: "learning rate η",
        active: activeIndex(input.runs, input.active),
        layout: { yaxis: { type: "log", exponentformat: "power" } },
    });
}
exports.descentCostFigure = descentCostFigure;
//# sourceMappingURL=descent_plots.js.map