"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkLearningRateExperiment = exports.experiment00 = exports.EXPERIMENT00_UPDATES = exports.checkDivergencePrediction = exports.prediction00 = exports.descentProblem = exports.checkCostGradient = exports.exercise00 = void 0;
/**
 * Exercise 00: the gradient of the lesson's cost J(θ) = 1/(2n) Σ (θ₀ + θ₁uᵢ − yᵢ)², where u = x − x̄;
 * a prediction (the learning rate above which full-batch descent on Anscombe's set I diverges,
 * 2/λ_max of J's Hessian) and an experiment (J after 100 updates at several learning rates).
 */
const linear_regression_1 = require("../regression/linear_regression");
const rng_1 = require("../random/rng");
const gradient_descent_1 = require("../optim/gradient_descent");
const anscombe_1 = require("../data/anscombe");
const checker_1 = require("./checker");
const answers_1 = require("./answers");
/** True when got = k · expected entry by entry, and expected is not all zeros. */
function isMultiple(got, expected, k) {
    const scale = Math.max(...expected.map(Math.abs));
    return scale > 0 && expected.every((e, i) => Math.abs(got[i] - k * e) <= 1e-9 * Math.abs(k) * scale);
}
function cases() {
    const rng = new rng_1.Rng(2000);
    const random = Array.from({ length: 5 }, (_, k) => {
        const n = 3 + k * 2;
        const u = Array.from({ length: n }, () => rng.uniform(-5, 5));
        return {
            name: `random data, n = ${n}`,
            input: { theta: [rng.normal(), rng.normal()], u, y: u.map((v) => 2 - v + rng.normal()) },
        };
    });
    return [
        { name: "one sample", input: { theta: [0, 0], u: [5], y: [2] } },
        { name: "a perfect fit (the gradient is zero)", input: { theta: [1, 2], u: [-1, 0, 1], y: [-1, 1, 3] } },
        { name: "only the slope is wrong", input: { theta: [0, 1], u: [-2, 2], y: [0, 0] } },
        ...random,
        { name: "large values", input: { theta: [1e3, -1e3], u: [1e3, -1e3, 10], y: [0, 1, 2] } },
    ];
}
exports.exercise00 = {
    title: "Exercise 00 · the gradient of J(θ)",
    cases: cases(),
    // reference: the library's LinearRegression on u with no centring
    reference: ({ theta, u, y }) => new linear_regression_1.LinearRegression(u, y, { center: false }).gradient(theta),
    call: (student, { theta, u, y }) => student([theta[0], theta[1]], u.slice(), y.slice()),
    describeInput: ({ theta, u, y }) => `θ = [${theta.join(", ")}], u = [${u.map((v) => +v.toFixed(3)).join(", ")}], y = [${y.map((v) => +v.toFixed(3)).join(", ")}]`,
    rtol: 1e-9,
    hint: ({ u }, expected, got) => {
        const g = got;
        if (!Array.isArray(g) || g.length !== 2)
            return "return two numbers: [∂J/∂θ₀, ∂J/∂θ₁].";
        if (isMultiple(g, expected, -1))
            return "the sign is flipped: the residual is ŷ − y, not y − ŷ.";
        if (isMultiple(g, expected, 2))
            return "the ½ in J cancels the 2 from the square.";
        if (u.length > 1 && isMultiple(g, expected, u.length))
            return "J averages over the n samples: divide by n.";
        return "∂J/∂θ₀ = mean(r) and ∂J/∂θ₁ = mean(r·u), with r = θ₀ + θ₁u − y.";
    },
};
/** Checks a student's gradient of J and shows the report. */
function checkCostGradient(student, opts = {}) {
    (0, checker_1.checkExercise)(exports.exercise00, student, opts, "checkCostGradient");
}
exports.checkCostGradient = checkCostGradient;
/** The data of the prediction and the experiment: Anscombe's set I, x centred (the lesson's model). */
function descentProblem() {
    const { x, y } = (0, anscombe_1.loadAnscombe)("I");
    return new linear_regression_1.LinearRegression(x, y);
}
exports.descentProblem = descentProblem;
function prediction00() {
    return {
        title: "Exercise 00 · prediction",
        question: "the learning rate η above which full-batch descent on Anscombe's set I diverges",
        truth: () => descentProblem().maxStableLearningRate(),
        // a prediction: 5 % is close enough
        rtol: 0.05,
        explain: (eta) => `J is quadratic, with curvature 1 along θ₀ and mean(u²) along θ₁ (u centred, so the Hessian is diagonal); ` +
            `a step η multiplies the error along a direction of curvature λ by (1 − ηλ), which grows once η > 2/λ: here 2/λ_max = ${+eta.toPrecision(4)}.`,
    };
}
exports.prediction00 = prediction00;
/** Checks the prediction of exercise 00 (the learning rate above which descent diverges). */
exports.checkDivergencePrediction = (0, answers_1.questionChecker)(prediction00, "checkDivergencePrediction");
/** Updates in each run of the experiment. */
exports.EXPERIMENT00_UPDATES = 100;
function experiment00() {
    return {
        title: "Exercise 00 · experiment",
        describeSetting: (eta) => `η = ${eta}`,
        quantity: `J after ${exports.EXPERIMENT00_UPDATES} updates from θ = [0, 0] (where the run stopped if it diverged)`,
        measure: (eta) => {
            const path = (0, gradient_descent_1.gradientDescent)(descentProblem(), [0, 0], { learningRate: eta, epochs: exports.EXPERIMENT00_UPDATES });
            return path.costs[path.costs.length - 1];
        },
        badSetting: (0, answers_1.numberSetting)("η", { min: 0, max: 1, minOpen: true }),
        minRuns: 4,
    };
}
exports.experiment00 = experiment00;
/** Checks the runs of exercise 00's experiment (J after 100 updates at several learning rates). */
exports.checkLearningRateExperiment = (0, answers_1.experimentChecker)(experiment00, "checkLearningRateExperiment");
//# sourceMappingURL=lesson00.js.map