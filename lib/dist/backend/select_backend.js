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
exports.selectBackend = void 0;
/**
 * Picks the fastest TensorFlow.js backend this machine has: the native one (`@tensorflow/tfjs-node`,
 * an optional dependency; the course's set-up builds it offline, see scripts/native_backend.sh),
 * then WebAssembly, then plain JS.
 */
const tf = __importStar(require("@tensorflow/tfjs"));
const validation_1 = require("../validation");
const ORDER = ["tensorflow", "wasm", "cpu"];
/** Registers a backend's kernels by loading its package; returns an error message if it is not there. */
function load(name) {
    var _a;
    try {
        if (name === "tensorflow") {
            // libtensorflow logs oneDNN and CPU-feature notices to stderr at load; keep warnings and errors
            (_a = process.env).TF_CPP_MIN_LOG_LEVEL ?? (_a.TF_CPP_MIN_LOG_LEVEL = "1");
            require("@tensorflow/tfjs-node");
        }
        if (name === "wasm")
            require("@tensorflow/tfjs-backend-wasm");
        return null; // cpu ships with @tensorflow/tfjs
    }
    catch (e) {
        const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
        return msg.includes("Cannot find module") ? "not installed" : msg;
    }
}
/**
 * Switches TensorFlow.js to the fastest backend available, or to `preferred` (also read from the
 * environment variable `LOSSLAB_BACKEND`), and says which. Safe to call again: it only switches when
 * the backend differs.
 */
async function selectBackend(preferred) {
    const wanted = preferred ?? process.env.LOSSLAB_BACKEND;
    if (wanted !== undefined)
        (0, validation_1.checkOneOf)("selectBackend", "preferred", wanted, ORDER);
    const candidates = wanted ? [wanted] : ORDER;
    const skipped = [];
    for (const name of candidates) {
        const problem = load(name);
        if (problem) {
            skipped.push({ name, reason: problem });
            continue;
        }
        if (tf.getBackend() !== name || !tf.findBackend(name)) {
            const ok = await tf.setBackend(name).catch(() => false);
            if (!ok) {
                skipped.push({ name, reason: "failed to initialise" });
                continue;
            }
        }
        await tf.ready();
        return { name, description: await describeBackend(name, skipped), skipped };
    }
    throw new Error(`losslab.selectBackend: no TensorFlow.js backend could be started (${skipped.map((s) => `${s.name}: ${s.reason}`).join("; ")}).`);
}
exports.selectBackend = selectBackend;
async function describeBackend(name, skipped) {
    let detail = "";
    if (name === "tensorflow")
        detail = "native libtensorflow";
    if (name === "wasm") {
        const simd = await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
        const threads = await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT");
        detail = `WebAssembly, SIMD ${simd ? "on" : "off"}, threads ${threads ? "on" : "off"}`;
    }
    if (name === "cpu")
        detail = "plain JavaScript, slow";
    const why = skipped.length ? `; ${skipped.map((s) => `${s.name}: ${s.reason}`).join(", ")}` : "";
    return `TensorFlow.js ${tf.version.tfjs}, backend '${name}' (${detail}${why})`;
}
//# sourceMappingURL=select_backend.js.map