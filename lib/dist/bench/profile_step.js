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
exports.profileTrainingStep = exports.countKernels = void 0;
/**
 * Where the time of a training step goes: `tf.profile` over steps of the reference model, kernels
 * grouped by name and input shapes.
 *
 * Custom-gradient ops (the fused dense layer, the margin heads' loss) and composite ops such as
 * `logSoftmax` appear in the profile both as a whole ("unnamed scope", "logSoftmax__op") and as the
 * kernels they run; only the kernels are counted. The profiler slows a step down, so the step time
 * reported is the median of unprofiled steps timed afterwards.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const reference_model_1 = require("./reference_model");
const reference_run_1 = require("./reference_run");
const validation_1 = require("../validation");
const median_1 = require("./median");
/** Whether a profiled entry is a kernel (not a custom-gradient op or a composite op's scope, see above). */
function isKernel(k) {
    return k.name !== "unnamed scope" && !k.name.endsWith("__op");
}
/** The kernels among the entries of a `tf.profile`. */
function countKernels(kernels) {
    return kernels.filter(isKernel).length;
}
exports.countKernels = countKernels;
async function profileTrainingStep(options) {
    const fn = "profileTrainingStep";
    (0, validation_1.checkOptions)(fn, options, ["head", "images", "labels", "steps?", "timedSteps?", "warmup?", "batchSize?"]);
    (0, validation_1.checkOneOf)(fn, "head", options.head, reference_model_1.REFERENCE_HEADS);
    const steps = (0, validation_1.checkInteger)(fn, "steps", options.steps ?? 10, { min: 1 });
    const warmup = (0, validation_1.checkInteger)(fn, "warmup", options.warmup ?? 5, { min: 0 });
    const timedSteps = (0, validation_1.checkInteger)(fn, "timedSteps", options.timedSteps ?? 20, { min: 1 });
    const batchSize = (0, validation_1.checkInteger)(fn, "batchSize", options.batchSize ?? 128, { min: 1 });
    const run = (0, reference_run_1.referenceRun)(fn, options.head, options.images, options.labels, batchSize);
    try {
        for (let i = 0; i < warmup; i++)
            run.step(i);
        const byKernel = new Map();
        let count = 0;
        for (let i = 0; i < steps; i++) {
            const info = await tf.profile(() => run.step(i));
            for (const k of info.kernels) {
                if (!isKernel(k))
                    continue;
                const key = `${k.name} ${k.inputShapes.map((s) => `[${s}]`).join("·")}`;
                const entry = byKernel.get(key) ?? { calls: 0, ms: 0 };
                entry.calls += 1;
                entry.ms += typeof k.kernelTimeMs === "number" ? k.kernelTimeMs : 0;
                byKernel.set(key, entry);
                count += 1;
            }
        }
        const stepMs = Array.from({ length: timedSteps }, (_, i) => (0, reference_run_1.timeMs)(() => run.step(i)));
        const kernels = [...byKernel.entries()]
            .map(([kernel, e]) => ({ kernel, calls: e.calls / steps, ms: e.ms / steps }))
            .sort((a, b) => b.ms - a.ms);
        return {
            head: options.head,
            backend: tf.getBackend(),
            msPerStep: (0, median_1.median)(stepMs),
            kernelMs: kernels.reduce((s, k) => s + k.ms, 0),
            kernelsPerStep: count / steps,
            kernels,
        };
    }
    finally {
        run.dispose();
    }
}
exports.profileTrainingStep = profileTrainingStep;
//# sourceMappingURL=profile_step.js.map