/** Jest runs the TypeScript sources of lib directly (ts-jest), so a test never waits for a build. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json", isolatedModules: true }],
  },
  moduleNameMapper: { "^losslab$": "<rootDir>/lib/src/index.ts" },
  setupFiles: ["<rootDir>/tests/setup.ts"],
  testTimeout: 120000,
};
