/**
 * The order in which jest starts the test files: jest's own (files that failed last time first, then the
 * longest first, by the durations jest keeps in its cache), except where jest knows no duration at all,
 * as on a fresh clone. There jest falls back to file size, and the tensorflow stage of `npm test` started
 * the saved experiments' re-runs (tests/capstone/saved_experiments.test.ts, 147 s of that stage's 167 s)
 * 20 s late, with the other worker idle at the end. Here the files measured slowest on a fresh clone
 * (2026-12-07, seconds on the slowest backend below) go first, longest first; the rest keep jest's order.
 */
const Sequencer = require("@jest/test-sequencer").default;
const path = require("path");

/** Seconds a file took in the fresh-clone run of `npm test` (.ci/run), on the backend where it is slowest. */
const MEASURED = {
  "tests/capstone/saved_experiments.test.ts": 147, // tensorflow: re-runs two saved experiments
  "tests/experiments/omniglot_drift.test.ts": 60, // tensorflow, where the Omniglot archives are present (the fresh clone had none)
  "tests/bench/training_benchmark.test.ts": 27, // cpu
  "tests/models/conv4.test.ts": 16, // cpu
  "tests/experiments/omniglot.test.ts": 16, // cpu
  "tests/exercises/lesson09_embeddings.test.ts": 16, // cpu
  "tests/tooling/teaching_paths.test.ts": 14,
  "tests/notebooks/kernel_start_retry.test.ts": 13,
  "tests/notebooks/kernel.test.ts": 12,
  "tests/tooling/package.test.ts": 12,
  "tests/notebooks/check.test.ts": 10,
  "tests/parallel/pool.test.ts": 9,
  "tests/notebooks/runner.test.ts": 9,
};

class SlowFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((t) => t.duration != null)) return sorted; // jest knows durations: its order
    const measured = (t) => MEASURED[path.relative(t.context.config.rootDir, t.path).split(path.sep).join("/")] ?? 0;
    // a stable sort: the unlisted files keep jest's order (by size)
    return sorted.map((t, i) => ({ t, i })).sort((a, b) => measured(b.t) - measured(a.t) || a.i - b.i).map(({ t }) => t);
  }
}

module.exports = SlowFirst;
