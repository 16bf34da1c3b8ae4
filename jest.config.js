/** Jest runs the TypeScript sources of lib directly (ts-jest), so a test never waits for a build. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  moduleNameMapper: { "^losslab$": "<rootDir>/lib/src/index.ts" },
  // the page tests read build/ and need Chromium: scripts/test.sh runs them after building the pages
  testPathIgnorePatterns: process.env.LOSSLAB_PAGE_TESTS ? ["/node_modules/"] : ["/node_modules/", "/tests/pages/"],
  setupFiles: ["<rootDir>/tests/setup.ts"],
  testTimeout: 120000,
};
