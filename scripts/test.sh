#!/usr/bin/env bash
# Every test of the project, in order: set-up (idempotent), type check, the jest suites of lib and
# of the notebook tooling, every notebook in a fresh tslab kernel (also writing the offline pages to
# build/), the page tests and the JupyterLab tests in headless Chromium. Ends with one line,
# "total: N passed, N failed", counting jest tests and notebooks. Arguments go to the first jest run (e.g. -t huber).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/setup.sh || exit 1
mkdir -p build

echo "== type check (tsc --noEmit over lib, tests and scripts)"
node_modules/.bin/tsc -p tsconfig.json --noEmit
typecheck=$?

echo "== jest: lib and notebook tooling"
node_modules/.bin/jest --ci --json --outputFile=build/jest-results.json "$@"
jest_status=$?

echo "== notebooks as git holds them (fresh tslab kernel each; executed copies and pages in build/)"
.venv/bin/python scripts/notebooks.py run --committed --build --jobs "${LOSSLAB_JOBS:-2}" | tee build/notebooks.log
nb_status=${PIPESTATUS[0]}

echo "== pages in headless Chromium, network off"
LOSSLAB_PAGE_TESTS=1 node_modules/.bin/jest --ci --json --outputFile=build/jest-pages.json tests/pages
pages_status=$?

echo "== JupyterLab in headless Chromium: Run All, twice, on a lesson, a training lesson and an exercise"
LOSSLAB_LAB_TESTS=1 node_modules/.bin/jest --ci --json --outputFile=build/jest-jupyterlab.json tests/jupyterlab
lab_status=$?

node scripts/test_summary.js build/notebooks.log "$typecheck" build/jest-results.json build/jest-pages.json build/jest-jupyterlab.json
[ $typecheck -eq 0 ] && [ $jest_status -eq 0 ] && [ $nb_status -eq 0 ] && [ $pages_status -eq 0 ] && [ $lab_status -eq 0 ]
