/**
 * A worker thread of `runJobs` (pool.ts): starts the backend its parent uses, then runs the jobs it
 * is sent, one at a time, posting their progress and their outputs back.
 */
import { parentPort, workerData } from "worker_threads";
import { selectBackend, type BackendName } from "../backend/select_backend";
import { JOBS, type JobName } from "./jobs";

const port = parentPort!;
selectBackend((workerData as { backend: BackendName }).backend).then(
  () => {
    port.on("message", async (task: { index: number; job: JobName; input: unknown }) => {
      try {
        const result = await JOBS[task.job](task.input as never, (report) => port.postMessage({ type: "report", index: task.index, report }));
        port.postMessage({ type: "done", index: task.index, result });
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        // losslab's argument errors carry fn, arg, expected and got: keep them for the parent's copy
        const { fn, arg, expected, got } = err as Error & Record<string, unknown>;
        port.postMessage({ type: "error", index: task.index, error: { name: err.name, message: err.message, stack: err.stack, fields: { fn, arg, expected, got } } });
      }
    });
    port.postMessage({ type: "ready" });
  },
  (e: Error) => port.postMessage({ type: "error", index: 0, error: { name: e.name, message: e.message, stack: e.stack } }),
);
