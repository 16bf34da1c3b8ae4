/**
 * A worker thread of `runJobs` (parallel/pool.ts): starts the backend its parent uses, registers the
 * jobs by importing the areas that define them, then runs the jobs it is sent, one at a time, posting
 * their progress and their outputs back. The one module besides index.ts that imports the areas for
 * `parallel/`: a new job's module is added to the list below (tests/parallel/pool.test.ts checks it).
 */
import { parentPort, workerData } from "worker_threads";
import { selectBackend, type BackendName } from "./backend/select_backend";
import { registeredJob } from "./parallel/jobs";
// the modules that define jobs (defineJob): importing one registers its jobs in this thread
import "./metric_learning/seeded_runs";
import "./metric_learning/compare_miners";
import "./capstone/seeds";
import "./training/head_runs";
import "./classification/logistic_runs";
import "./experiments/omniglot/trial_job";

const port = parentPort!;
selectBackend((workerData as { backend: BackendName }).backend).then(
  () => {
    port.on("message", async (task: { index: number; job: string; input: unknown }) => {
      try {
        const result = await registeredJob("worker", task.job).run(task.input, (report) => port.postMessage({ type: "report", index: task.index, report }));
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
