/** The first cell of every notebook: pick the backend, say which, and start a fresh figure run. */
import { type BackendChoice, type BackendName } from "../backend/select_backend";
/**
 * Prepares a notebook run: selects the fastest TensorFlow.js backend (or `backend`), prints one
 * line naming it, and resets the figure state so the run's first figure carries plotly.js again.
 */
export declare function setup(opts?: {
    backend?: BackendName;
    quiet?: boolean;
}): Promise<BackendChoice>;
//# sourceMappingURL=setup.d.ts.map