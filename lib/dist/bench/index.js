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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.median = exports.timeMs = exports.referenceRun = void 0;
__exportStar(require("./reference_model"), exports);
__exportStar(require("./training_benchmark"), exports);
__exportStar(require("./profile_step"), exports);
var reference_run_1 = require("./reference_run");
Object.defineProperty(exports, "referenceRun", { enumerable: true, get: function () { return reference_run_1.referenceRun; } });
Object.defineProperty(exports, "timeMs", { enumerable: true, get: function () { return reference_run_1.timeMs; } });
var median_1 = require("./median");
Object.defineProperty(exports, "median", { enumerable: true, get: function () { return median_1.median; } });
//# sourceMappingURL=index.js.map