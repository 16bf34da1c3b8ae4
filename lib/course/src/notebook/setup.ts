/** The first cell of every notebook: pick the backend, say which, and start a fresh figure run. */
import { selectBackend, type BackendChoice, type BackendName } from "../backend/select_backend";
import { checkBoolean, checkOneOf, checkOptions } from "losslab/internal";
import { resetFigures } from "./display";
import { VERSION } from "losslab";

/** The backends `setup` can be asked for (selectBackend's names). */
const BACKENDS: readonly BackendName[] = ["tensorflow", "wasm", "cpu"];

/**
 * Prepares a notebook run: selects the fastest TensorFlow.js backend (or `backend`), prints one
 * line naming it, and resets the figure state so the run's first figure carries plotly.js again.
 */
export async function setup(opts: { backend?: BackendName; quiet?: boolean } = {}): Promise<BackendChoice> {
  checkOptions("setup", opts, ["backend?", "quiet?"]);
  if (opts.backend !== undefined) checkOneOf("setup", "backend", opts.backend, BACKENDS);
  if (opts.quiet !== undefined) checkBoolean("setup", "quiet", opts.quiet);
  resetFigures();
  const choice = await selectBackend(opts.backend);
  if (!opts.quiet) console.log(`losslab ${VERSION} · ${choice.description}`);
  return choice;
}
