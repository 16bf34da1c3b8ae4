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
exports.balancedRows = exports.evaluateHead = exports.evaluateTensor = exports.embedSet = void 0;
/**
 * Features and accuracy of a trained feature network with a classification head: what every
 * training lesson reports after (and during) training.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const mnist_1 = require("../data/mnist");
const rng_1 = require("../random/rng");
const validation_1 = require("../validation");
/** The features of every image of a set, as plain rows. */
function embedSet(net, set) {
    const { images, labels } = (0, mnist_1.mnistTensors)(set);
    try {
        const f = net.embed(images);
        const rows = f.arraySync();
        f.dispose();
        return rows;
    }
    finally {
        images.dispose();
        labels.dispose();
    }
}
exports.embedSet = embedSet;
/** Features of the images already in a tensor, with the head's predictions and accuracy. */
function evaluateTensor(net, head, images, labels) {
    const [features, predictions] = tf.tidy(() => {
        const f = net.embed(images);
        return [f, head.predict(f)];
    });
    const pred = Int32Array.from(predictions.dataSync());
    const rows = features.arraySync();
    features.dispose();
    predictions.dispose();
    let right = 0;
    pred.forEach((p, i) => (right += p === labels[i] ? 1 : 0));
    const accuracy = labels.length > 0 ? right / labels.length : NaN;
    return { accuracy, error: 1 - accuracy, count: labels.length, predictions: pred, features: rows, labels };
}
exports.evaluateTensor = evaluateTensor;
/** Accuracy, predictions and features of `head` on top of `net` over a whole set. */
function evaluateHead(options) {
    (0, validation_1.checkOptions)("evaluateHead", options, ["net", "head", "set"]);
    const { images, labels } = (0, mnist_1.mnistTensors)(options.set);
    labels.dispose();
    try {
        return evaluateTensor(options.net, options.head, images, options.set.labels);
    }
    finally {
        images.dispose();
    }
}
exports.evaluateHead = evaluateHead;
/**
 * Up to `perClass` rows of each class, drawn at random (seeded) and listed class by class: a
 * balanced sample of a test set to draw, so that every digit shows up as clearly as the others.
 */
function balancedRows(labels, options) {
    const fn = "balancedRows";
    (0, validation_1.checkOptions)(fn, options, ["perClass", "seed?"]);
    const perClass = (0, validation_1.checkInteger)(fn, "perClass", options.perClass, { min: 1 });
    const rng = new rng_1.Rng((0, validation_1.checkInteger)(fn, "seed", options.seed ?? 0));
    const list = (0, validation_1.toLabels)(fn, "labels", labels);
    const byClass = new Map();
    list.forEach((c, i) => {
        const rows = byClass.get(c);
        if (rows)
            rows.push(i);
        else
            byClass.set(c, [i]);
    });
    return [...byClass.keys()]
        .sort((a, b) => a - b)
        .flatMap((c) => rng.shuffle(byClass.get(c)).slice(0, perClass).sort((a, b) => a - b));
}
exports.balancedRows = balancedRows;
//# sourceMappingURL=evaluate.js.map