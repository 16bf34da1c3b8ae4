/** Training runs side by side on worker threads: the pool and the jobs it can run. */
export { runJobs, workerCount, combinedProgress, type ParallelOptions } from "./pool";
export type { JobName, JobReport } from "./jobs";
