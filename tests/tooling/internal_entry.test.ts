// The internal helpers live in "losslab/internal", not in the root export: the root has the errors and
// the value-check switch only; the course and the tests import the checks from the internal entry.
import * as fs from "fs";
import * as path from "path";
import * as root from "losslab";
import * as internal from "losslab/internal";

const MOVED = ["checkRange", "checkInteger", "checkOptions", "checkOneOf", "checkBoolean", "toTensor", "toEmbeddings", "toLabels", "describe", "editDistance", "closestName", "keptByNotesRule", "checkValues", "toFiniteTensor"];

it("the root export has none of the internal helpers; losslab/internal has all of them", () => {
  for (const name of MOVED) {
    expect([name, name in root]).toEqual([name, false]);
    expect([name, typeof (internal as Record<string, unknown>)[name]]).toEqual([name, "function"]);
  }
});

it("the root keeps the error types and the value-check switch, the same objects as the internal entry's", () => {
  for (const name of ["LosslabArgumentError", "InputTypeError", "ShapeError", "ValueError", "validationConfig", "withValueChecks"] as const) {
    expect(root[name]).toBeDefined();
    expect(root[name]).toBe((internal as Record<string, unknown>)[name]);
  }
  expect(() => internal.checkRange("f", "margin", -1, { min: 0 })).toThrow(root.ValueError);
});

it("package.json maps ./internal to its CommonJS and ESM builds, with types for node16 and node10 resolution", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "lib", "losslab", "package.json"), "utf8"));
  expect(pkg.exports["./internal"]).toEqual({
    import: { types: "./dist/esm/internal.d.ts", default: "./dist/esm/internal.js" },
    require: { types: "./dist/cjs/internal.d.ts", default: "./dist/cjs/internal.js" },
  });
  expect(pkg.typesVersions["*"].internal).toEqual(["./dist/cjs/internal.d.ts"]);
});

it("the course imports no internal helper from the root", () => {
  const course = path.join(__dirname, "..", "..", "lib", "course", "src");
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts")) {
        for (const m of fs.readFileSync(file, "utf8").matchAll(/import\s*(?:type\s+)?\{([^{}]*)\}\s*from\s*"losslab"/g)) {
          const names = m[1].split(",").map((e) => e.trim().replace(/^type\s+/, "").split(" as ")[0].trim());
          for (const n of names) if (MOVED.includes(n)) offenders.push(`${path.relative(course, file)}: ${n}`);
        }
      }
    }
  };
  walk(course);
  expect(offenders).toEqual([]);
});
