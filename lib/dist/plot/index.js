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
exports.plotlyJs = exports.figureHtml = void 0;
__exportStar(require("./types"), exports);
__exportStar(require("./palette"), exports);
__exportStar(require("./figure"), exports);
var html_1 = require("./html");
Object.defineProperty(exports, "figureHtml", { enumerable: true, get: function () { return html_1.figureHtml; } });
Object.defineProperty(exports, "plotlyJs", { enumerable: true, get: function () { return html_1.plotlyJs; } });
__exportStar(require("./descent_plots"), exports);
__exportStar(require("./panels"), exports);
__exportStar(require("./huber_plots"), exports);
__exportStar(require("./controls"), exports);
__exportStar(require("./cross_entropy_plots"), exports);
__exportStar(require("./boundary_plots"), exports);
__exportStar(require("./target_plots"), exports);
__exportStar(require("./feature_plots"), exports);
__exportStar(require("./softmax_plots"), exports);
__exportStar(require("./metric_plots"), exports);
__exportStar(require("./capstone_plots"), exports);
//# sourceMappingURL=index.js.map