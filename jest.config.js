/** Jest runs the TypeScript sources of both lib packages directly (ts-jest), so a test never waits for a build. */
// libtensorflow reads this from the real environment at load; a test file's process.env is jest's copy
process.env.TF_CPP_MIN_LOG_LEVEL ??= "1";

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  moduleNameMapper: {
    "^losslab$": "<rootDir>/lib/losslab/src/index.ts",
    "^losslab/internal$": "<rootDir>/lib/losslab/src/internal.ts",
    "^losslab-course$": "<rootDir>/lib/course/src/index.ts",
  },
  // the page and JupyterLab tests need build/ and Chromium: scripts/test.sh runs them after the notebooks
  testPathIgnorePatterns: [
    "/node_modules/",
    ...(process.env.LOSSLAB_PAGE_TESTS ? [] : ["/tests/pages/"]),
    ...(process.env.LOSSLAB_LAB_TESTS ? [] : ["/tests/jupyterlab/"]),
  ],
  // on a fresh clone (no durations in jest's cache) the slowest files start first (tests/sequencer.js)
  testSequencer: "<rootDir>/tests/sequencer.js",
  setupFiles: ["<rootDir>/tests/setup.ts"],
  setupFilesAfterEnv: ["<rootDir>/tests/setup_after_env.ts"],
  testTimeout: 120000,
};
