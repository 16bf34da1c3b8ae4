/** The Omniglot experiment (`npm run experiment:omniglot`): config, splits, losses, trials, evaluation, run, report. */
export * from "./config";
export * from "./splits";
export * from "./losses";
export * from "./evaluate";
export * from "./trial";
export * from "./run";
export * from "./report";
