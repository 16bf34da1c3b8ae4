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
exports.SoftmaxHead = void 0;
/**
 * The plain softmax classifier: logits zⱼ = wⱼ·x + bⱼ = ‖wⱼ‖‖x‖cos θⱼ + bⱼ, no margin. Its binary
 * boundary (W₁ − W₂)·x + b₁ − b₂ = 0 depends on the weight norms and the biases as much as on the
 * angles (lesson 05). The bias starts at 0 unless `bias` is given.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const head_1 = require("./head");
const SOFTMAX_OPTIONS = ["bias?"];
class SoftmaxHead extends head_1.ClassificationHead {
    constructor(options) {
        (0, head_1.checkHeadOptions)("SoftmaxHead", options, SOFTMAX_OPTIONS);
        super("SoftmaxHead", options, SOFTMAX_OPTIONS);
        try {
            this.bias = (0, head_1.initialVariable)(this.name, "bias", options.bias, [this.numClasses], () => tf.zeros([this.numClasses]));
        }
        catch (e) {
            // a bad bias must not leave the weights variable behind
            this.weights.dispose();
            throw e;
        }
    }
    get trainableVariables() {
        return [this.weights, this.bias];
    }
    plainLogits(x) {
        return tf.add(tf.matMul(x, this.weights), this.bias);
    }
    marginLogits(x) {
        return this.plainLogits(x);
    }
}
exports.SoftmaxHead = SoftmaxHead;
//# sourceMappingURL=softmax_head.js.map