"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tQuantile975 = exports.compareMeasurements = exports.formatMeasurement = exports.summarize = exports.rateStandardError = exports.quantile = exports.histogram = exports.pairAngles = exports.angleStatistics = exports.rowNorms = exports.projectToUnit = exports.vectorAngle = exports.unitVector = exports.vectorNorm = void 0;
/**
 * Looking at trained features (lessons 05–09): projection onto the unit circle or sphere, the angle
 * between two vectors, intra- and inter-class angle statistics, positive and negative pair angles,
 * and histograms. Plain float64 numbers, no tensors.
 */
var vectors_1 = require("./vectors");
Object.defineProperty(exports, "vectorNorm", { enumerable: true, get: function () { return vectors_1.vectorNorm; } });
Object.defineProperty(exports, "unitVector", { enumerable: true, get: function () { return vectors_1.unitVector; } });
Object.defineProperty(exports, "vectorAngle", { enumerable: true, get: function () { return vectors_1.vectorAngle; } });
Object.defineProperty(exports, "projectToUnit", { enumerable: true, get: function () { return vectors_1.projectToUnit; } });
Object.defineProperty(exports, "rowNorms", { enumerable: true, get: function () { return vectors_1.rowNorms; } });
var angle_statistics_1 = require("./angle_statistics");
Object.defineProperty(exports, "angleStatistics", { enumerable: true, get: function () { return angle_statistics_1.angleStatistics; } });
var pair_angles_1 = require("./pair_angles");
Object.defineProperty(exports, "pairAngles", { enumerable: true, get: function () { return pair_angles_1.pairAngles; } });
var histogram_1 = require("./histogram");
Object.defineProperty(exports, "histogram", { enumerable: true, get: function () { return histogram_1.histogram; } });
Object.defineProperty(exports, "quantile", { enumerable: true, get: function () { return histogram_1.quantile; } });
var standard_error_1 = require("./standard_error");
Object.defineProperty(exports, "rateStandardError", { enumerable: true, get: function () { return standard_error_1.rateStandardError; } });
var compare_1 = require("./compare");
Object.defineProperty(exports, "summarize", { enumerable: true, get: function () { return compare_1.summarize; } });
Object.defineProperty(exports, "formatMeasurement", { enumerable: true, get: function () { return compare_1.formatMeasurement; } });
Object.defineProperty(exports, "compareMeasurements", { enumerable: true, get: function () { return compare_1.compareMeasurements; } });
Object.defineProperty(exports, "tQuantile975", { enumerable: true, get: function () { return compare_1.tQuantile975; } });
//# sourceMappingURL=index.js.map