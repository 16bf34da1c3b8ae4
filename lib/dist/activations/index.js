"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.logSoftmax = exports.softmax = exports.sigmoid = void 0;
var sigmoid_1 = require("./sigmoid");
Object.defineProperty(exports, "sigmoid", { enumerable: true, get: function () { return sigmoid_1.sigmoid; } });
var softmax_1 = require("./softmax");
Object.defineProperty(exports, "softmax", { enumerable: true, get: function () { return softmax_1.softmax; } });
Object.defineProperty(exports, "logSoftmax", { enumerable: true, get: function () { return softmax_1.logSoftmax; } });
//# sourceMappingURL=index.js.map