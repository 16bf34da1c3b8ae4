/**
 * The TensorFlow.js backend of an explorable: WebGL (the GPU) when the browser has it, else the plain
 * JavaScript cpu backend. `?backend=cpu` (or `webgl`) in the page's address asks for one; the page
 * says which one it got and why.
 */
import * as tf from "@tensorflow/tfjs";

export type ExploreBackend = "webgl" | "cpu";

export interface BackendChoice {
  /** The backend in use. */
  name: ExploreBackend;
  /** One sentence for the page: which backend and why. */
  note: string;
}

/** Switches to `preferred` (default webgl), falling back to cpu when WebGL does not start. */
export async function pickBackend(preferred: string | null = null): Promise<BackendChoice> {
  const wanted: ExploreBackend = preferred === "cpu" ? "cpu" : "webgl";
  if (preferred !== null && preferred !== "cpu" && preferred !== "webgl") {
    console.warn(`losslab explorable: unknown backend '${preferred}' asked for; trying webgl`);
  }
  if (wanted === "webgl") {
    let ok = false;
    try {
      ok = await tf.setBackend("webgl");
    } catch {
      ok = false;
    }
    if (ok) {
      await tf.ready();
      return { name: "webgl", note: "Training on the GPU with TensorFlow.js's WebGL backend." };
    }
  }
  await tf.setBackend("cpu");
  await tf.ready();
  const why = wanted === "cpu" ? "as the page's address asks (?backend=cpu)" : "because WebGL did not start in this browser";
  return { name: "cpu", note: `Training on the CPU with TensorFlow.js's plain JavaScript backend, ${why}.` };
}
