// Prints the closing line of `npm test`: "total: N passed, N failed" over the notebook log (whose
// last line is "N passed, N failed") and the jest result files; a failed type check counts as one.
// A missing or unreadable result counts as a failure, never as a pass.
// Usage: node test_summary.js NOTEBOOK_LOG TYPECHECK_STATUS JEST_JSON...
const fs = require("fs");

const [notebookLog, typecheck, ...jestFiles] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of jestFiles) {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  } catch {
    console.log(`summary: no jest results in ${file}`);
    failed += 1;
  }
}
try {
  const lines = fs.readFileSync(notebookLog, "utf8").trim().split("\n");
  const m = /^(\d+) passed, (\d+) failed$/.exec(lines[lines.length - 1]);
  if (!m) throw new Error("no count line");
  passed += Number(m[1]);
  failed += Number(m[2]);
} catch {
  console.log(`summary: no notebook count in ${notebookLog}`);
  failed += 1;
}
if (typecheck !== "0") failed += 1;
console.log(`total: ${passed} passed, ${failed} failed`);
