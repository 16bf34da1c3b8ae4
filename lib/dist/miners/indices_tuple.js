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
exports.toIndicesTuple = exports.tripletTupleOf = exports.pairsToTriplets = exports.tripletsToPairs = exports.allTripletsIndices = exports.allPairsIndices = exports.indicesTupleToArrays = exports.disposeIndicesTuple = exports.isPairTuple = void 0;
/**
 * The contract between miners and losses, pytorch-metric-learning's "indices tuple", as int32
 * tensors: pairs { a1, p, a2, n } (positive pairs (a1[k], p[k]) and negative pairs (a2[k], n[k])) or
 * triplets { a, p, n }. Any miner's output works with any loss: a pair loss given triplets uses their
 * (a, p) and (a, n) pairs, a triplet loss given pairs joins each positive pair with every negative
 * pair of the same anchor (pml's `convert_to_triplets`).
 *
 * The tensors belong to the caller (dispose them with `disposeIndicesTuple`). Inputs accept int32
 * tensors, Int32Arrays or number arrays.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
function isPairTuple(t) {
    return "a1" in t;
}
exports.isPairTuple = isPairTuple;
const i32 = (values) => tf.tensor1d(Int32Array.from(values), "int32");
/** Disposes the tensors of an indices tuple. */
function disposeIndicesTuple(t) {
    tf.dispose(Object.values(t));
}
exports.disposeIndicesTuple = disposeIndicesTuple;
/** The host copies of an indices tuple's lists (a read-back, for tests and tables). */
function indicesTupleToArrays(t) {
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.dataSync()]));
}
exports.indicesTupleToArrays = indicesTupleToArrays;
/** Every ordered pair i ≠ j: positive if labels agree, negative otherwise, in row-major order (pml's `get_all_pairs_indices`). */
function allPairsIndices(labels) {
    const a1 = [], p = [], a2 = [], n = [];
    for (let i = 0; i < labels.length; i++) {
        for (let j = 0; j < labels.length; j++) {
            if (labels[i] !== labels[j]) {
                a2.push(i);
                n.push(j);
            }
            else if (i !== j) {
                a1.push(i);
                p.push(j);
            }
        }
    }
    return { a1: i32(a1), p: i32(p), a2: i32(a2), n: i32(n) };
}
exports.allPairsIndices = allPairsIndices;
/** Every valid triplet, ordered by anchor, positive, negative (pml's `get_all_triplets_indices`). */
function allTripletsIndices(labels) {
    const a = [], p = [], n = [];
    for (let i = 0; i < labels.length; i++) {
        for (let j = 0; j < labels.length; j++) {
            if (j === i || labels[j] !== labels[i])
                continue;
            for (let k = 0; k < labels.length; k++) {
                if (labels[k] !== labels[i]) {
                    a.push(i);
                    p.push(j);
                    n.push(k);
                }
            }
        }
    }
    return { a: i32(a), p: i32(p), n: i32(n) };
}
exports.allTripletsIndices = allTripletsIndices;
/** Triplets as pairs: (a, p) positive and (a, n) negative, one of each per triplet (pml's `convert_to_pairs`). */
function tripletsToPairs(t) {
    return { a1: t.a.clone(), p: t.p.clone(), a2: t.a.clone(), n: t.n.clone() };
}
exports.tripletsToPairs = tripletsToPairs;
/**
 * Pairs as triplets: every positive pair k and negative pair l with a1[k] = a2[l] give (a1[k], p[k],
 * n[l]), ordered by k then l (pml's `convert_to_triplets`). Reads the index lists back (their length
 * depends on the values).
 */
function pairsToTriplets(t) {
    const a1 = t.a1.dataSync(), p = t.p.dataSync(), a2 = t.a2.dataSync(), n = t.n.dataSync();
    const byAnchor = new Map();
    a2.forEach((anchor, l) => {
        const list = byAnchor.get(anchor) ?? [];
        list.push(n[l]);
        byAnchor.set(anchor, list);
    });
    const ta = [], tp = [], tn = [];
    a1.forEach((anchor, k) => {
        for (const negative of byAnchor.get(anchor) ?? []) {
            ta.push(anchor);
            tp.push(p[k]);
            tn.push(negative);
        }
    });
    return { a: i32(ta), p: i32(tp), n: i32(tn) };
}
exports.pairsToTriplets = pairsToTriplets;
/** An existing miner's triplets (Int32Arrays: `mineBatchHard`, `mineSemiHard`, …) as a triplet tuple. */
function tripletTupleOf(triplets) {
    return { a: i32(triplets.anchors), p: i32(triplets.positives), n: i32(triplets.negatives) };
}
exports.tripletTupleOf = tripletTupleOf;
/** One list of an indices tuple as an int32 tensor of rows in [0, rows). */
function toIndexTensor(fn, arg, value, rows) {
    if (value instanceof tf.Tensor) {
        if (value.dtype !== "int32")
            throw new validation_1.InputTypeError(fn, arg, "an int32 tensor of row indices", (0, validation_1.describe)(value));
        if (value.rank !== 1)
            throw new validation_1.ShapeError(fn, arg, "a 1-D tensor of row indices", (0, validation_1.describe)(value));
        // the range check reads the indices, as every value check does (off with validationConfig.valueChecks)
        if (validation_1.validationConfig.valueChecks)
            (0, validation_1.toIndices)(fn, arg, Array.from(value.dataSync()), rows);
        return value.clone();
    }
    return i32((0, validation_1.toIndices)(fn, arg, value, rows));
}
/**
 * A checked copy of an indices tuple for a batch of `rows` rows (row indices in range, lists of equal
 * length, keys { a1, p, a2, n } or { a, p, n }). The copy is the caller's to dispose.
 */
function toIndicesTuple(fn, value, rows) {
    const what = "an indices tuple { a1, p, a2, n } (pairs) or { a, p, n } (triplets)";
    (0, validation_1.checkObject)(fn, value, "indicesTuple", what);
    const keys = Object.keys(value).sort().join(",");
    const names = keys === "a1,a2,n,p" ? ["a1", "p", "a2", "n"] : keys === "a,n,p" ? ["a", "p", "n"] : undefined;
    if (names === undefined)
        throw new validation_1.InputTypeError(fn, "indicesTuple", what, `an object with keys { ${keys} }`);
    const out = {};
    try {
        for (const k of names)
            out[k] = toIndexTensor(fn, `indicesTuple.${k}`, value[k], rows);
        const [first, second, third, fourth] = names.map((k) => out[k].shape[0]);
        (0, validation_1.checkSameCount)(fn, `indicesTuple.${names[0]}`, { length: first }, `indicesTuple.${names[1]}`, { length: second });
        if (names.length === 3)
            (0, validation_1.checkSameCount)(fn, "indicesTuple.a", { length: first }, "indicesTuple.n", { length: third });
        else
            (0, validation_1.checkSameCount)(fn, "indicesTuple.a2", { length: third }, "indicesTuple.n", { length: fourth });
    }
    catch (e) {
        tf.dispose(Object.values(out));
        throw e;
    }
    return out;
}
exports.toIndicesTuple = toIndicesTuple;
//# sourceMappingURL=indices_tuple.js.map