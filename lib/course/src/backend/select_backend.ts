/**
 * Picks the fastest TensorFlow.js backend this machine has: the native one (`@tensorflow/tfjs-node`,
 * an optional dependency; the course's set-up builds it offline, see scripts/native_backend.sh),
 * then WebAssembly, then plain JS.
 */
import * as tf from "@tensorflow/tfjs";
import { checkOneOf } from "losslab/internal";
import { installLeanGradients } from "losslab";

export type BackendName = "tensorflow" | "wasm" | "cpu";
const ORDER: readonly BackendName[] = ["tensorflow", "wasm", "cpu"];

export interface BackendChoice {
  /** The backend now active. */
  name: BackendName;
  /** One line for a notebook's set-up cell: which backend, and why not a faster one. */
  description: string;
  /** Backends tried first that could not be loaded, with the reason. */
  skipped: { name: BackendName; reason: string }[];
}

/** Registers a backend's kernels by loading its package; returns an error message if it is not there. */
function load(name: BackendName): string | null {
  try {
    if (name === "tensorflow") {
      // libtensorflow logs oneDNN and CPU-feature notices to stderr at load; keep warnings and errors
      process.env.TF_CPP_MIN_LOG_LEVEL ??= "1";
      require("@tensorflow/tfjs-node");
    }
    if (name === "wasm") require("@tensorflow/tfjs-backend-wasm");
    return null; // cpu ships with @tensorflow/tfjs
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return msg.includes("Cannot find module") ? "not installed" : msg;
  }
}

/**
 * Switches TensorFlow.js to the fastest backend available, or to `preferred` (also read from the
 * environment variable `LOSSLAB_BACKEND`), and says which. Safe to call again: it only switches when
 * the backend differs.
 */
export async function selectBackend(preferred?: BackendName): Promise<BackendChoice> {
  const wanted = preferred ?? (process.env.LOSSLAB_BACKEND as BackendName | undefined);
  if (wanted !== undefined) checkOneOf("selectBackend", "preferred", wanted, ORDER);
  const candidates = wanted ? [wanted] : ORDER;
  const skipped: BackendChoice["skipped"] = [];
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
    // loading a backend loads @tensorflow/tfjs, whose bundle registers tfjs-core's gradients again
    installLeanGradients();
    return { name, description: await describeBackend(name, skipped), skipped };
  }
  throw new Error(
    `losslab.selectBackend: no TensorFlow.js backend could be started (${skipped.map((s) => `${s.name}: ${s.reason}`).join("; ")}).`,
  );
}

async function describeBackend(name: BackendName, skipped: BackendChoice["skipped"]): Promise<string> {
  let detail = "";
  if (name === "tensorflow") detail = "native libtensorflow";
  if (name === "wasm") {
    const simd = await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
    const threads = await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT");
    detail = `WebAssembly, SIMD ${simd ? "on" : "off"}, threads ${threads ? "on" : "off"}`;
  }
  if (name === "cpu") detail = "plain JavaScript, slow";
  const why = skipped.length ? `; ${skipped.map((s) => `${s.name}: ${s.reason}`).join(", ")}` : "";
  return `TensorFlow.js ${tf.version.tfjs}, backend '${name}' (${detail}${why})`;
}
