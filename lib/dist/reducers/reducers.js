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
exports.toReducer = exports.PerAnchorReducer = exports.DivisorReducer = exports.AvgNonZeroReducer = exports.ThresholdReducer = exports.SumReducer = exports.MeanReducer = exports.Reducer = void 0;
/**
 * Reducers, pytorch-metric-learning's `pml.reducers`: a loss computes one value per element (sample,
 * pair or triplet) and a reducer turns them into the number that is minimised. Every reducer here is
 * computed on the device (a masked mean, not a filtered copy), so reducing reads nothing back.
 *
 * - `new MeanReducer()`, `new SumReducer()`;
 * - `new AvgNonZeroReducer()`: the mean over the losses > 0 (pml's default for the contrastive and
 *   triplet losses: easy pairs and triplets, which give 0, do not dilute the mean); 0 if none;
 * - `new ThresholdReducer({ low, high })`: the mean over low < loss < high (either bound optional);
 * - `new PerAnchorReducer({ reducer })`: pair losses averaged per anchor first (anchors without pairs
 *   give 0), then the inner reducer over the N anchors;
 * - `new DivisorReducer()`: the sum divided by a divisor the loss supplies (ProxyAnchor's).
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const no_gradient_1 = require("../angular/no_gradient");
const reduction_1 = require("../losses/reduction");
const validation_1 = require("../validation");
/** The losses with the masked-out ones zeroed, and how many count (a scalar tensor). */
function kept(term) {
    if (term.mask === undefined)
        return { losses: term.losses, count: tf.scalar(term.losses.size) };
    return { losses: tf.mul(term.losses, term.mask), count: tf.sum(term.mask) };
}
class Reducer {
    /** The reduced loss, a scalar; a differentiable zero (connected to `connect`) when nothing counts. */
    reduce(term, ...connect) {
        return tf.tidy(() => (term.losses.size === 0 ? (0, reduction_1.differentiableZero)(term.losses, ...connect) : this.reduceNonEmpty(term, connect)));
    }
}
exports.Reducer = Reducer;
class MeanReducer extends Reducer {
    constructor(options = {}) {
        super();
        this.name = "MeanReducer";
        (0, validation_1.checkOptions)("MeanReducer", options, []);
    }
    reduceNonEmpty(term) {
        const { losses, count } = kept(term);
        return tf.div(tf.sum(losses), tf.maximum(count, 1));
    }
}
exports.MeanReducer = MeanReducer;
class SumReducer extends Reducer {
    constructor(options = {}) {
        super();
        this.name = "SumReducer";
        (0, validation_1.checkOptions)("SumReducer", options, []);
    }
    reduceNonEmpty(term) {
        return tf.sum(kept(term).losses);
    }
}
exports.SumReducer = SumReducer;
/** The mean of the losses strictly inside (low, high); 0 (differentiable) when none is. */
function maskedMean(losses, low, high, mask) {
    // which losses count is a constant of the gradient (a comparison has none in TensorFlow.js)
    const keep = (0, no_gradient_1.withoutGradient)(losses, (l) => {
        let k = mask ?? tf.onesLike(l);
        if (low !== undefined)
            k = tf.mul(k, tf.cast(tf.greater(l, low), "float32"));
        if (high !== undefined)
            k = tf.mul(k, tf.cast(tf.less(l, high), "float32"));
        return k;
    });
    return tf.div(tf.sum(tf.mul(losses, keep)), tf.maximum(tf.sum(keep), 1));
}
class ThresholdReducer extends Reducer {
    constructor(options) {
        super();
        this.name = "ThresholdReducer";
        const fn = "ThresholdReducer";
        (0, validation_1.checkObject)(fn, options, "options", "an object { low?, high? }");
        (0, validation_1.checkOptions)(fn, options, ["low?", "high?"]);
        if (options.low === undefined && options.high === undefined) {
            throw new validation_1.ValueError(fn, "options", "at least one of 'low' and 'high'", "neither");
        }
        this.low = options.low === undefined ? undefined : (0, validation_1.checkRange)(fn, "low", options.low, {});
        this.high = options.high === undefined ? undefined : (0, validation_1.checkRange)(fn, "high", options.high, {});
        if (this.low !== undefined && this.high !== undefined && !(this.high > this.low)) {
            throw new validation_1.ValueError(fn, "high", `a number > low (${this.low})`, (0, validation_1.describe)(this.high));
        }
    }
    reduceNonEmpty(term) {
        return maskedMean(term.losses, this.low, this.high, term.mask);
    }
}
exports.ThresholdReducer = ThresholdReducer;
class AvgNonZeroReducer extends ThresholdReducer {
    constructor(options = {}) {
        (0, validation_1.checkOptions)("AvgNonZeroReducer", options, []);
        super({ low: 0 });
        this.name = "AvgNonZeroReducer";
    }
}
exports.AvgNonZeroReducer = AvgNonZeroReducer;
class DivisorReducer extends Reducer {
    constructor(options = {}) {
        super();
        this.name = "DivisorReducer";
        (0, validation_1.checkOptions)("DivisorReducer", options, []);
    }
    reduceNonEmpty(term, connect) {
        const divisor = term.divisor ?? 1;
        return divisor === 0 ? (0, reduction_1.differentiableZero)(term.losses, ...connect) : tf.div(tf.sum(kept(term).losses), divisor);
    }
}
exports.DivisorReducer = DivisorReducer;
class PerAnchorReducer extends Reducer {
    constructor(options = {}) {
        super();
        this.name = "PerAnchorReducer";
        const fn = "PerAnchorReducer";
        (0, validation_1.checkOptions)(fn, options, ["reducer?"]);
        this.inner = toReducer(fn, "reducer", options.reducer, () => new MeanReducer());
    }
    reduceNonEmpty(term, connect) {
        if (term.type === "element")
            return this.inner.reduce(term, ...connect);
        if (term.type === "triplet" || term.anchors === undefined) {
            throw new validation_1.ValueError("PerAnchorReducer", "losses", "pair losses (a per-anchor reduction of triplets is not defined, as in pml)", term.type);
        }
        // one-hot [K, N]: column a sums the losses of anchor a and counts its pairs (no segment kernel on wasm)
        const oneHot = tf.cast(tf.oneHot(term.anchors, term.batchSize), "float32");
        const weights = term.mask ?? tf.onesLike(term.losses);
        const sums = tf.squeeze(tf.matMul(tf.expandDims(tf.mul(term.losses, weights), 0), oneHot), [0]);
        const counts = tf.squeeze(tf.matMul(tf.expandDims(weights, 0), oneHot), [0]);
        const perAnchor = tf.div(sums, tf.maximum(counts, 1));
        return this.inner.reduce({ losses: perAnchor, type: "element", batchSize: term.batchSize }, ...connect);
    }
}
exports.PerAnchorReducer = PerAnchorReducer;
/** A reducer option: an instance, or the default's. */
function toReducer(fn, arg, value, fallback) {
    if (value === undefined)
        return fallback();
    if (value instanceof Reducer)
        return value;
    throw new validation_1.ValueError(fn, arg, "a reducer (new MeanReducer(), new AvgNonZeroReducer(), …)", (0, validation_1.describe)(value));
}
exports.toReducer = toReducer;
//# sourceMappingURL=reducers.js.map