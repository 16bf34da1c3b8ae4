"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.balancedRows = exports.embedSet = exports.evaluateTensor = exports.evaluateHead = exports.weightRows = exports.trainHead = void 0;
/**
 * Training glue for the lessons with a classification head (05–09): train a feature network and a
 * head together with live pictures of the features, evaluate accuracy, embed a set, pick a balanced
 * sample of digits to draw.
 */
var train_head_1 = require("./train_head");
Object.defineProperty(exports, "trainHead", { enumerable: true, get: function () { return train_head_1.trainHead; } });
Object.defineProperty(exports, "weightRows", { enumerable: true, get: function () { return train_head_1.weightRows; } });
var evaluate_1 = require("./evaluate");
Object.defineProperty(exports, "evaluateHead", { enumerable: true, get: function () { return evaluate_1.evaluateHead; } });
Object.defineProperty(exports, "evaluateTensor", { enumerable: true, get: function () { return evaluate_1.evaluateTensor; } });
Object.defineProperty(exports, "embedSet", { enumerable: true, get: function () { return evaluate_1.embedSet; } });
Object.defineProperty(exports, "balancedRows", { enumerable: true, get: function () { return evaluate_1.balancedRows; } });
//# sourceMappingURL=index.js.map