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
exports.SCORE_KINDS = void 0;
var scores_1 = require("./scores");
Object.defineProperty(exports, "SCORE_KINDS", { enumerable: true, get: function () { return scores_1.SCORE_KINDS; } });
__exportStar(require("./roc"), exports);
__exportStar(require("./threshold"), exports);
__exportStar(require("./score_pairs"), exports);
__exportStar(require("./siamese_classifier"), exports);
//# sourceMappingURL=index.js.map