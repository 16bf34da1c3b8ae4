/** An Omniglot trial as a job of `runJobs` (parallel/), so that the experiment's trials run on worker threads. */
import { defineJob } from "../../parallel/jobs";
import { runOmniglotTrial, type TrialInput } from "./trial";

export const OMNIGLOT_TRIAL_JOB = defineJob("omniglotTrial", (input: TrialInput, report) =>
  runOmniglotTrial(input, (done, total, status) => report({ kind: "progress", done, total, status })));
