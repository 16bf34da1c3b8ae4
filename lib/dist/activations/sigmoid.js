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
exports.sigmoid = void 0;
/**
 * The sigmoid (logistic) function, the notes' "squashing function":
 *
 *   σ(z) = 1 / (1 + e^{−z}),   σ′(z) = σ(z)·(1 − σ(z)),   1 − σ(z) = σ(−z).
 *
 * The notes write it as 1/(1 + e^x) once: that is σ(−x), the mirror image; the form above is the one
 * every library uses. It squashes each score on its own into (0, 1): one independent yes/no
 * probability per class, which is why multi-label classification uses it.
 *
 * Matches `torch.sigmoid` and `tf.sigmoid` (which computes it here: for z = −1000, e^{1000} overflows
 * to Infinity and σ rounds to exactly 0, never NaN).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
/** σ(z) elementwise; `logits`: any non-empty tensor-like of finite numbers. */
function sigmoid(logits) {
    return tf.tidy(() => tf.sigmoid((0, validation_1.toFiniteTensor)("sigmoid", "logits", logits)));
}
exports.sigmoid = sigmoid;
//# sourceMappingURL=sigmoid.js.map