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
exports.toAngles = exports.toCosines = exports.ANGLE_TOLERANCE = exports.COSINE_TOLERANCE = exports.checkBoolean = exports.checkCosine = exports.checkAngle = exports.toClassLabels = exports.toFeatureMatrix = void 0;
/**
 * Checks shared by the angular helpers and the classification heads: a feature matrix [B, d] of a
 * known width, one integer class label in [0, C) per row, an angle in [0, π], a cosine in [-1, 1].
 * Same rules as `checks.ts`: the error names the function and the argument, one error type per kind.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const errors_1 = require("./errors");
const checks_1 = require("./checks");
/**
 * A float32 feature matrix [B, dim] with finite values (B may be 0). A float32 tensor passed in is
 * returned as it is; anything else is converted (the caller owns the result then).
 */
function toFeatureMatrix(fn, arg, value, dim) {
    const t = (0, checks_1.toTensor)(fn, arg, value);
    if (t.rank !== 2 || t.shape[1] !== dim) {
        throw new errors_1.ShapeError(fn, arg, `a matrix [B, ${dim}] (one ${dim}-D feature vector a row)`, (0, errors_1.describe)(t));
    }
    (0, checks_1.checkValues)(fn, arg, t);
    return t;
}
exports.toFeatureMatrix = toFeatureMatrix;
/**
 * Class labels as an int32 tensor [batchSize]: whole numbers in [0, numClasses), one per row of the
 * features. Float tensors and arrays are accepted when their values are whole numbers.
 */
function toClassLabels(fn, arg, value, batchSize, numClasses) {
    return tf.tidy(() => {
        const t = (0, checks_1.toTensor)(fn, arg, value);
        (0, checks_1.checkRank)(fn, arg, t, 1);
        if (t.shape[0] !== batchSize) {
            throw new errors_1.ShapeError(fn, arg, `${batchSize} labels, one per row of 'features'`, (0, errors_1.describe)(t));
        }
        (0, checks_1.checkValues)(fn, arg, t, { integer: true, min: 0, max: numClasses - 1, what: `class indices, integers >= 0 and < ${numClasses}` });
        return tf.cast(t, "int32");
    });
}
exports.toClassLabels = toClassLabels;
/** An angle in radians, θ ∈ [0, π] (the range of the angle between two vectors). */
function checkAngle(fn, arg, value) {
    return (0, checks_1.checkRange)(fn, arg, value, { min: 0, max: Math.PI });
}
exports.checkAngle = checkAngle;
/** A cosine, c ∈ [-1, 1]. */
function checkCosine(fn, arg, value) {
    return (0, checks_1.checkRange)(fn, arg, value, { min: -1, max: 1 });
}
exports.checkCosine = checkCosine;
/** A boolean flag (not a truthy value: `easyMargin: "no"` is a mistake to report, not `true`). */
function checkBoolean(fn, arg, value) {
    if (typeof value !== "boolean")
        throw new errors_1.InputTypeError(fn, arg, "true or false", (0, errors_1.describe)(value));
    return value;
}
exports.checkBoolean = checkBoolean;
/**
 * Cosines and angles computed in float32 land a rounding error outside their ranges (a normalised dot
 * product of 1.0000001, π rounded up to 3.1415927); within this they are accepted.
 */
exports.COSINE_TOLERANCE = 1e-5;
exports.ANGLE_TOLERANCE = 1e-5;
/** A tensor of cosines: finite, in [-1, 1] within `COSINE_TOLERANCE` (a value check: reads the tensor). */
function toCosines(fn, arg, value) {
    const t = (0, checks_1.toTensor)(fn, arg, value);
    (0, checks_1.checkValues)(fn, arg, t, { min: -1 - exports.COSINE_TOLERANCE, max: 1 + exports.COSINE_TOLERANCE, what: "cosines: finite numbers in [-1, 1]" });
    return t;
}
exports.toCosines = toCosines;
/** A tensor of angles in radians: finite, in [0, π] within `ANGLE_TOLERANCE` (a value check: reads the tensor). */
function toAngles(fn, arg, value) {
    const t = (0, checks_1.toTensor)(fn, arg, value);
    (0, checks_1.checkValues)(fn, arg, t, { min: -exports.ANGLE_TOLERANCE, max: Math.PI + exports.ANGLE_TOLERANCE, what: "angles in radians: finite numbers in [0, π]" });
    return t;
}
exports.toAngles = toAngles;
//# sourceMappingURL=angular_checks.js.map