/** The first cell of every notebook: pick the backend, say which, and start a fresh figure run. */
import { selectBackend, type BackendChoice, type BackendName } from "../backend/select_backend";
import { resetFigures } from "./display";
import { VERSION } from "../version";

/**
 * Prepares a notebook run: selects the fastest TensorFlow.js backend (or `backend`), prints one
 * line naming it, and resets the figure state so the run's first figure carries plotly.js again.
 */
export async function setup(opts: { backend?: BackendName; quiet?: boolean } = {}): Promise<BackendChoice> {
  resetFigures();
  const choice = await selectBackend(opts.backend);
  if (!opts.quiet) console.log(`losslab ${VERSION} · ${choice.description}`);
  return choice;
}
