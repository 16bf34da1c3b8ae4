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
exports.naiveLogSoftmax = void 0;
/**
 * The textbook log-softmax, log(e^{sᵢ} / Σⱼ e^{sⱼ}), computed exactly as written, for lesson 03's
 * comparison with the stable `logSoftmax`. Do not train with it: e^{1000} overflows float32 (and
 * float64) to Infinity, Infinity/Infinity is NaN, and e^{−1000} underflows to 0, whose log is −Infinity.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
/** log(exp(s) / sum(exp(s))) along the last axis, with no shift: overflows for large logits. */
function naiveLogSoftmax(logits) {
    return tf.tidy(() => {
        const s = (0, validation_1.toFiniteTensor)("naiveLogSoftmax", "logits", logits);
        const e = tf.exp(s);
        return tf.log(tf.div(e, tf.sum(e, -1, true)));
    });
}
exports.naiveLogSoftmax = naiveLogSoftmax;
//# sourceMappingURL=naive_softmax.js.map