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
__exportStar(require("./checker"), exports);
__exportStar(require("./answers"), exports);
__exportStar(require("./lesson00"), exports);
__exportStar(require("./describe_inputs"), exports);
__exportStar(require("./lesson01"), exports);
__exportStar(require("./lesson02"), exports);
__exportStar(require("./lesson03"), exports);
__exportStar(require("./lesson03b"), exports);
__exportStar(require("./lesson05"), exports);
__exportStar(require("./lesson06"), exports);
__exportStar(require("./lesson07"), exports);
__exportStar(require("./lesson08"), exports);
__exportStar(require("./lesson04a"), exports);
__exportStar(require("./lesson04b"), exports);
__exportStar(require("./lesson09"), exports);
//# sourceMappingURL=index.js.map