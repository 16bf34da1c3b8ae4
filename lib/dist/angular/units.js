"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.radians = exports.degrees = void 0;
/** Degrees and radians: the notes work in degrees (K = 30°), the library in radians. */
const validation_1 = require("../validation");
/** Radians to degrees. */
function degrees(radians) {
    return ((0, validation_1.checkNumber)("degrees", "radians", radians) * 180) / Math.PI;
}
exports.degrees = degrees;
/** Degrees to radians. */
function radians(degrees) {
    return ((0, validation_1.checkNumber)("radians", "degrees", degrees) * Math.PI) / 180;
}
exports.radians = radians;
//# sourceMappingURL=units.js.map