#!/usr/bin/env bash
# Every test of the project, in order: set-up (idempotent), type check, the jest suites of lib and
# of the notebook tooling, every notebook in a fresh tslab kernel (also writing the offline pages to
# build/), the page tests and the JupyterLab tests in headless Chromium, and the class on JupyterHub. Ends with one line,
# "total: N passed, N failed", counting jest tests and notebooks, after one line per stage and
# backend with the stage's wall time, and the total time. Arguments go to the library's jest runs (e.g. -t huber).
# Jest runs LOSSLAB_JEST_WORKERS test files at once (default: the machine's cores; jest's own default
# leaves a core idle, and most test files run on one core: the wasm and cpu backends, small ops on tensorflow).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/setup.sh || exit 1
mkdir -p build
workers=${LOSSLAB_JEST_WORKERS:-$(nproc 2>/dev/null || echo 2)}
# each stage's wall time, "name<TAB>milliseconds" a line, for the summary
times=build/stage-times.txt
: > "$times"
stage_start=0
begin() { stage_start=$(date +%s%N); }
finish() { echo "$1	$(( ($(date +%s%N) - stage_start) / 1000000 ))" >> "$times"; } # name, tab, milliseconds

echo "== type check (tsc --noEmit over lib, tests and scripts)"
begin
node_modules/.bin/tsc -p tsconfig.json --noEmit
typecheck=$?
finish "type check"

# The library's suites run once per TensorFlow.js backend this machine has (tensorflow, wasm, cpu):
# backends differ on NaN, empty inputs and missing kernels. The tooling's suites (notebook runner,
# set-up scripts) do not touch TensorFlow.js and run once. LOSSLAB_REQUIRE_NATIVE=1 (CI) makes a missing native backend fail.
backends="wasm cpu"
if node -e "require('@tensorflow/tfjs-node')" >/dev/null 2>&1; then
  backends="tensorflow $backends"
  rm -f build/jest-native-missing
else
  echo "== jest: the native backend (tfjs-node) does not load here; see 'npm run setup'"
  echo "tfjs-node does not load" > build/jest-native-missing
  [ "${LOSSLAB_REQUIRE_NATIVE:-}" = 1 ] && echo "LOSSLAB_REQUIRE_NATIVE=1: that is a failure"
fi
jest_status=0
jest_files=()
for backend in $backends; do
  echo "== jest: lib on the '$backend' backend"
  begin
  LOSSLAB_TEST_BACKEND=$backend node_modules/.bin/jest --ci --maxWorkers="$workers" --json --outputFile="build/jest-$backend.json" \
    --testPathIgnorePatterns /node_modules/ /tests/notebooks/ /tests/tooling/ /tests/pages/ /tests/jupyterlab/ /tests/hub/ /tests/grading/ "$@" || jest_status=1
  jest_files+=("build/jest-$backend.json")
  finish "jest $backend"
done
echo "== jest: notebook tooling"
begin
node_modules/.bin/jest --ci --maxWorkers="$workers" --json --outputFile=build/jest-tooling.json tests/notebooks tests/tooling || jest_status=1
jest_files+=(build/jest-tooling.json)
finish "jest tooling"
if [ "${LOSSLAB_REQUIRE_NATIVE:-}" = 1 ] && [ -f build/jest-native-missing ]; then jest_status=1; jest_files+=(build/jest-native-missing); fi

echo "== notebooks as git holds them (fresh tslab kernel each; executed copies and pages in build/)"
begin
.venv/bin/python scripts/notebooks.py run --committed --build --jobs "${LOSSLAB_JOBS:-2}" | tee build/notebooks.log
nb_status=${PIPESTATUS[0]}
finish "notebooks"

echo "== pages in headless Chromium, network off"
begin
LOSSLAB_PAGE_TESTS=1 node_modules/.bin/jest --ci --maxWorkers="$workers" --json --outputFile=build/jest-pages.json tests/pages
pages_status=$?
finish "jest pages"

echo "== JupyterLab in headless Chromium: Run All on every lesson and an exercise, Restart and Run All on lesson 05, live figures watched"
begin
LOSSLAB_LAB_TESTS=1 node_modules/.bin/jest --ci --json --outputFile=build/jest-jupyterlab.json tests/jupyterlab
lab_status=$?
finish "jest jupyterlab"

echo "== a class on JupyterHub: the binder/ files, then ${LOSSLAB_HUB_CLASS_SIZE:-4} simulated students running lesson 01 through the hub at once"
rm -f build/jest-hub.json # a result left from an earlier run must not count
begin
bash scripts/hub.sh --setup-only && node_modules/.bin/jest --ci --runInBand --json --outputFile=build/jest-hub.json tests/hub
hub_status=$?
finish "jest hub"

echo "== a class hands in an exercise: nbgrader on the hub, ${LOSSLAB_GRADING_CLASS_SIZE:-4} simulated students, autograded with tslab, grades exported"
rm -f build/jest-grading.json # a result left from an earlier run must not count
begin
bash scripts/hub.sh --setup-only && node_modules/.bin/jest --ci --runInBand --json --outputFile=build/jest-grading.json tests/grading
grading_status=$?
finish "jest grading"

LOSSLAB_STAGE_TIMES="$times" node scripts/test_summary.js build/notebooks.log "$typecheck" "${jest_files[@]}" build/jest-pages.json build/jest-jupyterlab.json build/jest-hub.json build/jest-grading.json
[ $typecheck -eq 0 ] && [ $jest_status -eq 0 ] && [ $nb_status -eq 0 ] && [ $pages_status -eq 0 ] && [ $lab_status -eq 0 ] && [ $hub_status -eq 0 ] && [ $grading_status -eq 0 ]
