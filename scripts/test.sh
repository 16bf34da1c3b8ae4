#!/usr/bin/env bash
# Every test of the project: set-up (idempotent), type check, the jest suites of lib and of the
# notebook tooling, then every notebook in a fresh tslab kernel. Ends with one line:
# "total: N passed, N failed" (jest tests plus notebooks).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/setup.sh || exit 1
mkdir -p build

echo "== type check (tsc --noEmit over lib, tests and scripts)"
node_modules/.bin/tsc -p tsconfig.json --noEmit
typecheck=$?

echo "== jest"
node_modules/.bin/jest --ci --json --outputFile=build/jest-results.json "$@"
jest_status=$?

echo "== notebooks"
.venv/bin/python scripts/notebooks.py run --jobs "${LOSSLAB_JOBS:-2}" | tee build/notebooks.log
nb_status=${PIPESTATUS[0]}

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
try {
  const j = JSON.parse(fs.readFileSync("build/jest-results.json", "utf8"));
  passed += j.numPassedTests; failed += j.numFailedTests + j.numRuntimeErrorTestSuites;
} catch { failed += 1; }
const log = fs.readFileSync("build/notebooks.log", "utf8").trim().split("\n");
const m = /^(\d+) passed, (\d+) failed$/.exec(log[log.length - 1] || "");
if (m) { passed += +m[1]; failed += +m[2]; } else { failed += 1; }
if (process.argv[1] !== "0") failed += 1;
console.log(`total: ${passed} passed, ${failed} failed`);
' "$typecheck"
[ $typecheck -eq 0 ] && [ $jest_status -eq 0 ] && [ $nb_status -eq 0 ]
