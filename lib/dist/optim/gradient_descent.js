"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gradientDescent = exports.batchSizeOf = void 0;
/**
 * Gradient descent as the lecture notes write it, θ ← θ − η ∂J/∂θ, in its three flavours:
 * full-batch (every sample per update), sample-wise (one sample per update: SGD) and mini-batch.
 * Works on any problem that gives a cost and a gradient over a batch of sample indices.
 */
const validation_1 = require("../validation");
const rng_1 = require("../random/rng");
/** Batch size of a mode for n samples. */
function batchSizeOf(mode, n) {
    if (mode === "full")
        return n;
    if (mode === "sample")
        return 1;
    (0, validation_1.checkInteger)("gradientDescent", "batch", mode, { min: 1 });
    return Math.min(mode, n);
}
exports.batchSizeOf = batchSizeOf;
/** Runs descent from theta0 and records the whole path. */
function gradientDescent(problem, theta0, opts) {
    const fn = "gradientDescent";
    (0, validation_1.checkNumberArray)(fn, "theta0", theta0);
    (0, validation_1.checkOptions)(fn, opts, ["learningRate", "epochs", "batch?", "seed?", "divergeAbove?"]);
    (0, validation_1.checkRange)(fn, "learningRate", opts.learningRate, { min: 0, minOpen: true });
    (0, validation_1.checkInteger)(fn, "epochs", opts.epochs, { min: 1 });
    const mode = opts.batch ?? "full";
    if (typeof mode === "string" && mode !== "full" && mode !== "sample") {
        throw new validation_1.ValueError(fn, "batch", "'full', 'sample' or a positive integer", (0, validation_1.describe)(mode));
    }
    const batchSize = batchSizeOf(mode, problem.n);
    const limit = opts.divergeAbove ?? 1e6;
    const rng = new rng_1.Rng(opts.seed ?? 0);
    const order = Array.from({ length: problem.n }, (_, i) => i);
    let theta = theta0.slice();
    const thetas = [theta.slice()];
    const costs = [problem.cost(theta)];
    let diverged = !Number.isFinite(costs[0]) || costs[0] > limit;
    let updates = 0;
    for (let epoch = 0; epoch < opts.epochs && !diverged; epoch++) {
        // full batch needs no shuffle; the others visit samples in a new seeded order each epoch
        const visit = batchSize === problem.n ? order : rng.shuffle(order);
        for (let start = 0; start < problem.n && !diverged; start += batchSize) {
            const batch = visit.slice(start, start + batchSize);
            const g = problem.gradient(theta, batch);
            theta = theta.map((t, k) => t - opts.learningRate * g[k]);
            updates += 1;
            const c = problem.cost(theta);
            thetas.push(theta.slice());
            costs.push(c);
            if (!Number.isFinite(c) || c > limit)
                diverged = true;
        }
    }
    return { thetas, costs, updates, diverged, batchSize };
}
exports.gradientDescent = gradientDescent;
//# sourceMappingURL=gradient_descent.js.map