export type BackendName = "tensorflow" | "wasm" | "cpu";
export interface BackendChoice {
    /** The backend now active. */
    name: BackendName;
    /** One line for a notebook's set-up cell: which backend, and why not a faster one. */
    description: string;
    /** Backends tried first that could not be loaded, with the reason. */
    skipped: {
        name: BackendName;
        reason: string;
    }[];
}
/**
 * Switches TensorFlow.js to the fastest backend available, or to `preferred` (also read from the
 * environment variable `LOSSLAB_BACKEND`), and says which. Safe to call again: it only switches when
 * the backend differs.
 */
export declare function selectBackend(preferred?: BackendName): Promise<BackendChoice>;
//# sourceMappingURL=select_backend.d.ts.map