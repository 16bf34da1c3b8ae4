"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trainHead = exports.weightRows = void 0;
/**
 * Trains a feature network with a classification head on top (lessons 05–09): the loss of each batch
 * is the head's margin loss on the network's features, `head.step()` advances the λ schedule of
 * L-/A-Softmax after every step, and after every epoch the test set is evaluated and the features of
 * a fixed sample of test digits are recorded, so a notebook can draw them moving while training runs.
 *
 *   const run = await trainHead({ net, head, train, test, epochs: 8, live: (s) => featureFigure(s) });
 *
 * `live` turns each snapshot (epoch 0, before training, then every epoch) into a figure shown in one
 * output that is redrawn in place; the last one is sent with its offline rendition (`final: true`).
 * Everything is seeded: the network's and head's initialisations by their own seeds, the batches by
 * `seed`, the watched digits by `watchSeed`.
 */
const mnist_1 = require("../data/mnist");
const train_1 = require("../models/train");
const display_1 = require("../notebook/display");
const validation_1 = require("../validation");
const evaluate_1 = require("./evaluate");
/** The class weight vectors as rows: W [d, C] → C rows of length d. */
function weightRows(head) {
    const w = head.weights.arraySync();
    return Array.from({ length: head.numClasses }, (_, c) => w.map((row) => row[c]));
}
exports.weightRows = weightRows;
/** Trains `net` and `head` together with the head's loss; see the module comment. */
async function trainHead(options) {
    const fn = "trainHead";
    (0, validation_1.checkOptions)(fn, options, ["net", "head", "train", "test?", "epochs?", "batchSize?", "learningRate?", "seed?", "watchPerClass?", "watchSeed?", "onEpoch?", "live?", "progress?", "valueChecks?"]);
    const { net, head } = options;
    if (typeof head?.loss !== "function" || typeof head?.step !== "function") {
        throw new validation_1.InputTypeError(fn, "head", "a classification head (SoftmaxHead, CosFaceHead, ...)", (0, validation_1.describe)(head));
    }
    if (typeof net?.embed !== "function")
        throw new validation_1.InputTypeError(fn, "net", "a feature network with embed(x)", (0, validation_1.describe)(net));
    const epochs = (0, validation_1.checkInteger)(fn, "epochs", options.epochs ?? 5, { min: 1 });
    const watchPerClass = (0, validation_1.checkInteger)(fn, "watchPerClass", options.watchPerClass ?? 50, { min: 1 });
    const test = options.test;
    const rows = test ? (0, evaluate_1.balancedRows)(test.labels, { perClass: watchPerClass, seed: options.watchSeed ?? 0 }) : [];
    const testTensors = test ? (0, mnist_1.mnistTensors)(test) : null;
    const view = options.live || options.progress !== undefined ? (0, display_1.live)() : null;
    const snapshots = [];
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    const snapshot = async (epoch, loss) => {
        const evaluation = testTensors ? (0, evaluate_1.evaluateTensor)(net, head, testTensors.images, test.labels) : null;
        const lambda = head.lambda;
        const s = {
            epoch,
            epochs,
            loss,
            testAccuracy: evaluation ? evaluation.accuracy : NaN,
            seconds: seconds(),
            lambda: typeof lambda === "number" ? lambda : NaN,
            features: evaluation ? rows.map((r) => evaluation.features[r]) : [],
            labels: rows.map((r) => test.labels[r]),
            rows,
            weights: weightRows(head),
        };
        snapshots.push(s);
        if (options.onEpoch)
            await options.onEpoch(s);
        if (view && options.live)
            view.figure(options.live(s), { final: epoch === epochs });
        else if (view)
            view.progress(epoch, epochs, `${options.progress}: epoch ${epoch}/${epochs}` + (evaluation ? `, test accuracy ${(100 * s.testAccuracy).toFixed(1)} %` : ""));
    };
    const trainImages = (0, mnist_1.mnistTensors)(options.train);
    trainImages.labels.dispose();
    try {
        await snapshot(0, NaN);
        const history = await (0, train_1.train)(net, {
            x: trainImages.images,
            labels: options.train.labels,
            loss: (features, labels) => head.loss(features, labels),
            extraVariables: head.trainableVariables,
            epochs,
            batchSize: options.batchSize,
            learningRate: options.learningRate,
            seed: options.seed,
            valueChecks: options.valueChecks,
            onBatch: () => head.step(),
            onEpoch: (p) => snapshot(p.epoch + 1, p.loss),
        });
        const final = snapshots[snapshots.length - 1];
        return { history, snapshots, final, testAccuracy: final.testAccuracy, testError: 1 - final.testAccuracy, seconds: seconds() };
    }
    finally {
        trainImages.images.dispose();
        testTensors?.images.dispose();
        testTensors?.labels.dispose();
    }
}
exports.trainHead = trainHead;
//# sourceMappingURL=train_head.js.map