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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERSION = exports.tf = void 0;
/**
 * losslab: loss functions, gradients, miners, margin heads, data sets and plots for deep learning
 * on TensorFlow.js, and the notebook helpers of the losslab course.
 *
 * Areas (one folder each under lib/src, listed in lib/README.md): validation, backend, random, math,
 * data, regression, optim, activations, losses, angular, heads, plot, notebook, exercises; the
 * metric-learning toolbox in pytorch-metric-learning's design: distances (measures), reducers,
 * miners (indices tuples, TripletMarginMiner), metric_learning/losses, retrieval, samplers
 * (lib/COMING_FROM_PYTORCH.md maps each pml / TF Addons class to its losslab name).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
exports.tf = tf;
var version_1 = require("./version");
Object.defineProperty(exports, "VERSION", { enumerable: true, get: function () { return version_1.VERSION; } });
__exportStar(require("./validation"), exports);
__exportStar(require("./backend/select_backend"), exports);
__exportStar(require("./backend/formulations"), exports);
__exportStar(require("./random/rng"), exports);
__exportStar(require("./math"), exports);
__exportStar(require("./data"), exports);
__exportStar(require("./regression"), exports);
__exportStar(require("./optim"), exports);
__exportStar(require("./losses"), exports);
__exportStar(require("./plot"), exports);
__exportStar(require("./notebook"), exports);
__exportStar(require("./exercises"), exports);
__exportStar(require("./activations"), exports);
__exportStar(require("./distances"), exports);
__exportStar(require("./models"), exports);
__exportStar(require("./miners"), exports);
__exportStar(require("./verification"), exports);
__exportStar(require("./angular"), exports);
__exportStar(require("./heads"), exports);
__exportStar(require("./classification"), exports);
__exportStar(require("./symbolic"), exports);
__exportStar(require("./analysis"), exports);
__exportStar(require("./training"), exports);
__exportStar(require("./bench"), exports);
__exportStar(require("./reducers"), exports);
__exportStar(require("./retrieval"), exports);
__exportStar(require("./samplers"), exports);
__exportStar(require("./metric_learning"), exports);
__exportStar(require("./capstone"), exports);
//# sourceMappingURL=index.js.map