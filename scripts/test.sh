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
# One jest stage, timed as "jest NAME": its heading, then jest with its results in build/jest-NAME.json
# (removed first: a result left from an earlier run must not count). PREPARE, if not empty, is a command
# run first (the hub's set-up) whose failure fails the stage. Sets stage_status to the stage's exit status.
# Usage: jest_stage NAME HEADING PREPARE [VAR=value ...] -- [JEST ARGUMENTS ...]
stage_status=0
jest_stage() {
  local name=$1 heading=$2 prepare=$3 vars=()
  shift 3
  while [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  echo "== $heading"
  rm -f "build/jest-$name.json"
  begin
  { [ -z "$prepare" ] || $prepare; } &&
    env "${vars[@]}" node_modules/.bin/jest --ci --json --outputFile="build/jest-$name.json" "$@"
  stage_status=$?
  finish "jest $name"
}

jest_status=0
jest_files=()
for backend in $backends; do
  jest_stage "$backend" "jest: lib on the '$backend' backend" "" LOSSLAB_TEST_BACKEND="$backend" -- --maxWorkers="$workers" \
    --testPathIgnorePatterns /node_modules/ /tests/notebooks/ /tests/tooling/ /tests/pages/ /tests/jupyterlab/ /tests/hub/ /tests/grading/ "$@"
  [ $stage_status -eq 0 ] || jest_status=1
  jest_files+=("build/jest-$backend.json")
done
jest_stage tooling "jest: notebook tooling" "" -- --maxWorkers="$workers" tests/notebooks tests/tooling
[ $stage_status -eq 0 ] || jest_status=1
jest_files+=(build/jest-tooling.json)
if [ "${LOSSLAB_REQUIRE_NATIVE:-}" = 1 ] && [ -f build/jest-native-missing ]; then jest_status=1; jest_files+=(build/jest-native-missing); fi

echo "== notebooks as git holds them (fresh tslab kernel each; executed copies and pages in build/)"
begin
.venv/bin/python scripts/notebooks.py run --committed --build --jobs "${LOSSLAB_JOBS:-2}" | tee build/notebooks.log
nb_status=${PIPESTATUS[0]}
finish "notebooks"

jest_stage pages "pages in headless Chromium, network off" "" LOSSLAB_PAGE_TESTS=1 -- --maxWorkers="$workers" tests/pages
pages_status=$stage_status

jest_stage jupyterlab "JupyterLab in headless Chromium: the executed notebooks opened and checked; Run All on lesson 05 (live figures and bar watched; then Restart and Run All) and an exercise" \
  "" LOSSLAB_LAB_TESTS=1 -- tests/jupyterlab
lab_status=$stage_status

# the hub's set-up (scripts/hub.sh --setup-only), run once for the two stages that need it; its failure fails both
hub_setup_status=""
hub_setup() {
  if [ -z "$hub_setup_status" ]; then
    bash scripts/hub.sh --setup-only
    hub_setup_status=$?
  fi
  return "$hub_setup_status"
}

jest_stage hub "a class on JupyterHub: the binder/ files, then ${LOSSLAB_HUB_CLASS_SIZE:-4} simulated students running lesson 01 through the hub at once" \
  hub_setup -- --runInBand tests/hub
hub_status=$stage_status

jest_stage grading "a class hands in an exercise: nbgrader on the hub, ${LOSSLAB_GRADING_CLASS_SIZE:-4} simulated students, autograded with tslab, grades exported" \
  hub_setup -- --runInBand tests/grading
grading_status=$stage_status

LOSSLAB_STAGE_TIMES="$times" node scripts/test_summary.js build/notebooks.log "$typecheck" "${jest_files[@]}" build/jest-pages.json build/jest-jupyterlab.json build/jest-hub.json build/jest-grading.json
[ $typecheck -eq 0 ] && [ $jest_status -eq 0 ] && [ $nb_status -eq 0 ] && [ $pages_status -eq 0 ] && [ $lab_status -eq 0 ] && [ $hub_status -eq 0 ] && [ $grading_status -eq 0 ]
