"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.annealedLambda = exports.checkAnnealingSchedule = exports.SHORT_RUN_SPHEREFACE_ANNEALING = exports.SHORT_RUN_ANNEALING = exports.LSOFTMAX_ANNEALING = exports.SPHEREFACE_ANNEALING = void 0;
/**
 * The λ annealing that L-Softmax and A-Softmax are trained with in their authors' Caffe layers
 * (`LargeMarginInnerProduct` of wy1iu/LargeMargin_Softmax_Loss, `MarginInnerProduct` of
 * wy1iu/sphereface). Training directly on ψ(θ) with m = 4 rarely converges, so the target logit starts
 * as the plain one and the margin is blended in:
 *
 *   target = (λ·‖w‖‖x‖cos θ + ‖w‖‖x‖ψ(θ)) / (1 + λ),   λ = max(λ_min, base·(1 + γ·iteration)^(−power))
 *
 * (‖w‖ = 1 for A-Softmax, whose weights are normalised). The layers count `iteration` up by one per
 * training forward pass, before computing λ, so their first batch already uses iteration 1.
 */
const validation_1 = require("../validation");
/**
 * A-Softmax (SphereFace): `base: 1000, gamma: 0.12, power: 1, lambda_min: 5` in
 * `train/code/sphereface_model.prototxt` of wy1iu/sphereface (the CASIA-WebFace model, m = 4).
 * λ falls to 5 after about 1,650 iterations and stays there.
 */
exports.SPHEREFACE_ANNEALING = Object.freeze({ base: 1000, gamma: 0.12, power: 1, lambdaMin: 5 });
/**
 * L-Softmax: `base: 1000, gamma: 0.000025, power: 35, lambda_min: 0` in
 * `myexamples/mnist/model/mnist_train_test.prototxt` of wy1iu/LargeMargin_Softmax_Loss (the MNIST
 * model, type QUADRUPLE, m = 4): the schedule of the paper's MNIST result, the data set of this
 * course. λ is still about 400 after 1,000 iterations, 0.4 after 10,000 and 0.0007 after 20,000, so a
 * short run is effectively plain softmax: pass a faster schedule (SPHEREFACE_ANNEALING, or a larger
 * gamma) for short runs.
 */
exports.LSOFTMAX_ANNEALING = Object.freeze({ base: 1000, gamma: 0.000025, power: 35, lambdaMin: 0 });
/**
 * The course's schedule for short runs (a few hundred steps, lessons 06–09): base 1000, gamma 0.1,
 * power 2, lambda_min 0. λ starts as plain softmax like the authors' schedules, falls to about 19
 * after 60 steps, 1.5 after 250 and 0.7 after 380, so the margin takes over within a few epochs of
 * 8,000 digits. Not from a paper: the published schedules assume tens of thousands of iterations.
 */
exports.SHORT_RUN_ANNEALING = Object.freeze({ base: 1000, gamma: 0.1, power: 2, lambdaMin: 0 });
/**
 * The short-run decay with SphereFace's floor: base 1000, gamma 0.1, power 2, lambda_min 5 (SphereFace's
 * λ_min, `SPHEREFACE_ANNEALING`). λ reaches 5 after about 130 steps and stays there, so a run of a few
 * hundred steps ends at the target SphereFace trains with, (5 cos θ + ψ(θ))/6.
 */
exports.SHORT_RUN_SPHEREFACE_ANNEALING = Object.freeze({ base: 1000, gamma: 0.1, power: 2, lambdaMin: 5 });
/**
 * Checks a schedule (every field a finite number ≥ 0), naming the function and the field as the
 * caller wrote it: `prefix` "annealing." for a head's `annealing` option, "" for `annealedLambda`.
 */
function checkAnnealingSchedule(fn, schedule, prefix = "annealing.") {
    const { base, gamma, power, lambdaMin } = schedule;
    for (const [arg, v] of Object.entries({ base, gamma, power, lambdaMin }))
        (0, validation_1.checkRange)(fn, `${prefix}${arg}`, v, { min: 0 });
    return { base, gamma, power, lambdaMin };
}
exports.checkAnnealingSchedule = checkAnnealingSchedule;
/** λ = max(λ_min, base·(1 + γ·iteration)^(−power)) for an iteration count ≥ 0. */
function annealedLambda(options) {
    (0, validation_1.checkOptions)("annealedLambda", options, ["iteration", "base?", "gamma?", "power?", "lambdaMin?"]);
    const { iteration, ...rest } = options;
    (0, validation_1.checkInteger)("annealedLambda", "iteration", iteration, { min: 0 });
    // a field given as undefined keeps its default (a spread would copy the undefined)
    const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const { base, gamma, power, lambdaMin } = checkAnnealingSchedule("annealedLambda", { ...exports.SPHEREFACE_ANNEALING, ...given }, "");
    return Math.max(lambdaMin, base * Math.pow(1 + gamma * iteration, -power));
}
exports.annealedLambda = annealedLambda;
//# sourceMappingURL=annealing.js.map