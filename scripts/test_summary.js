// Prints the closing lines of `npm test`: one line per stage (jest on each backend, the notebook
// tooling, pages, JupyterLab, the class on JupyterHub, notebooks), then "total: N passed, N failed" over all of them; a failed
// type check counts as one failure. A missing or unreadable result counts as a failure, never as a pass.
// With LOSSLAB_STAGE_TIMES naming a file of "stage<TAB>milliseconds" lines (scripts/test.sh writes
// build/stage-times.txt), each line also gives its stage's wall time, and a last line the stages' total.
// Usage: node test_summary.js NOTEBOOK_LOG TYPECHECK_STATUS RESULT...
// where each RESULT is a jest JSON file (build/jest-<stage>.json), or build/jest-native-missing (a
// marker written when CI requires the native backend and it did not load).
const fs = require("fs");
const path = require("path");

const [notebookLog, typecheck, ...results] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const times = readTimes(process.env.LOSSLAB_STAGE_TIMES);
const printed = new Set();
const minutes = (ms) => `${(ms / 60000).toFixed(1)} min`;
const took = (stage) => {
  printed.add(stage);
  return times.has(stage) ? `  [${minutes(times.get(stage))}]` : "";
};
const line = (stage, p, f, note = "") => console.log(`${`${stage}:`.padEnd(22)} ${p} passed, ${f} failed${note}${took(stage)}`);

/** Stage → milliseconds, from the file scripts/test.sh writes (empty when none is named). */
function readTimes(file) {
  const map = new Map();
  if (!file) return map;
  let text = "";
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return map;
  }
  for (const row of text.split("\n")) {
    const [stage, ms] = row.split("\t");
    if (stage && Number.isFinite(Number(ms)) && ms !== "") map.set(stage, (map.get(stage) ?? 0) + Number(ms));
  }
  return map;
}

for (const file of results) {
  const stage = path.basename(file, ".json").replace(/^jest-/, "jest ");
  if (stage === "jest native-missing") {
    line("jest tensorflow", 0, 1, " (the native backend did not load, and LOSSLAB_REQUIRE_NATIVE=1)");
    failed += 1;
    continue;
  }
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const f = r.numFailedTests + r.numRuntimeErrorTestSuites;
    line(stage, r.numPassedTests, f);
    passed += r.numPassedTests;
    failed += f;
  } catch {
    line(stage, 0, 1, ` (no jest results in ${file})`);
    failed += 1;
  }
}
try {
  const lines = fs.readFileSync(notebookLog, "utf8").trim().split("\n");
  const m = /^(\d+) passed, (\d+) failed$/.exec(lines[lines.length - 1]);
  if (!m) throw new Error("no count line");
  line("notebooks", m[1], m[2]);
  passed += Number(m[1]);
  failed += Number(m[2]);
} catch {
  line("notebooks", 0, 1, ` (no count line in ${notebookLog})`);
  failed += 1;
}
if (typecheck !== "0") {
  line("type check", 0, 1);
  failed += 1;
}
// timed stages without a count line of their own (the type check when it passed)
for (const [stage, ms] of times) if (!printed.has(stage)) console.log(`${`${stage}:`.padEnd(22)} ${minutes(ms)}`);
if (times.size) console.log(`time: ${minutes([...times.values()].reduce((a, b) => a + b, 0))} over ${times.size} stages`);
console.log(`total: ${passed} passed, ${failed} failed`);
