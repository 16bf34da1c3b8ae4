/** Training runs side by side on worker threads: the pool, and what a job is (the areas define their jobs). */
export { runJobs, workerCount, combinedProgress, type ParallelOptions } from "./pool";
export type { Job, JobName, JobReport, ProgressReport } from "./jobs";
