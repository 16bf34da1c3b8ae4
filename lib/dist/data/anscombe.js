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
exports.loadAnscombe = exports.ANSCOMBE_SETS = void 0;
/**
 * Anscombe's quartet (Anscombe 1973): four sets of 11 points with equal summary statistics.
 * Lesson 00 fits set I by gradient descent; lesson 01 uses set III's outlier.
 */
const fs = __importStar(require("fs"));
const validation_1 = require("../validation");
const paths_1 = require("./paths");
exports.ANSCOMBE_SETS = ["I", "II", "III", "IV"];
let cache = null;
/**
 * The set's name: a string of the quartet ("I" … "IV"); another type is an InputTypeError, a wrong
 * case or an Arabic numeral a ValueError that names the set meant ("iii" or "3": did you mean 'III'?).
 */
function checkSet(fn, set) {
    const expected = `one of ${exports.ANSCOMBE_SETS.map((s) => `'${s}'`).join(", ")}`;
    if (typeof set !== "string")
        throw new validation_1.InputTypeError(fn, "set", `a set name, ${expected}`, (0, validation_1.describe)(set));
    if (exports.ANSCOMBE_SETS.includes(set))
        return set;
    const meant = exports.ANSCOMBE_SETS.find((s, i) => s === set.trim().toUpperCase() || String(i + 1) === set.trim());
    throw new validation_1.ValueError(fn, "set", `${expected}${meant === undefined ? "" : ` (did you mean '${meant}'?)`}`, (0, validation_1.describe)(set));
}
/** The points of one set of the quartet, read from `data/anscombe.csv`. */
function loadAnscombe(set) {
    checkSet("loadAnscombe", set);
    if (cache === null) {
        cache = new Map();
        const lines = fs.readFileSync((0, paths_1.dataFile)("anscombe.csv"), "utf8").trim().split(/\r?\n/).slice(1);
        for (const line of lines) {
            const [s, x, y] = line.split(",");
            const entry = cache.get(s) ?? { x: [], y: [] };
            entry.x.push(Number(x));
            entry.y.push(Number(y));
            cache.set(s, entry);
        }
    }
    const data = cache.get(set);
    return { x: data.x.slice(), y: data.y.slice() };
}
exports.loadAnscombe = loadAnscombe;
//# sourceMappingURL=anscombe.js.map