// The documentation that ships in the package: the library built as `tsc -b lib` builds it (its own
// tsconfig, emitted here in memory so that no stale dist/ is read), then every emitted .d.ts parsed.
// Every exported class and function must carry a doc comment of its own (tsc keeps those; a file's
// header comment separated from the first declaration never reaches the .d.ts), and no shipped file
// (.js, .d.ts, README.md, COMING_FROM_PYTORCH.md, package.json) may refer to the course it came from.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const library = path.join(__dirname, "..", "..", "lib", "losslab");

/** The files `tsc -b` writes for the package: name (relative to dist/cjs) → text. */
function emitted(): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(library, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } })!;
  const outDir = path.join(library, "dist", "cjs");
  const program = ts.createProgram(config.fileNames, { ...config.options, composite: false, incremental: false, noEmit: false });
  const files = new Map<string, string>();
  program.emit(undefined, (file, text) => {
    if (!file.endsWith(".tsbuildinfo")) files.set(path.relative(outDir, file), text);
  });
  return files;
}

const files = emitted();

/** Exported classes and functions of a .d.ts without a doc comment of their own. */
function undocumented(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const statement of source.statements) {
    if (!(ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) || statement.name === undefined) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const id = statement.name.text;
    if (seen.has(id)) continue; // overloads: the first signature carries the comment
    seen.add(id);
    if (ts.getJSDocCommentsAndTags(statement).length === 0) missing.push(`${name}: ${ts.isClassDeclaration(statement) ? "class" : "function"} ${id}`);
  }
  return missing;
}

/** Mentions of the course in a text: "notes", "lesson(s)", "course", lib/README.md. */
function courseMentions(name: string, text: string): string[] {
  return [...text.matchAll(/\b(notes|lessons?|courses?)\b|lib\/README\.md/gi)].map((m) => {
    const line = text.slice(0, m.index).split("\n").length;
    return `${name}:${line}: ${text.split("\n")[line - 1].trim().slice(0, 100)}`;
  });
}

it("the build emits the whole package (a .d.ts and a .js for each source file)", () => {
  const declarations = [...files.keys()].filter((f) => f.endsWith(".d.ts"));
  expect(declarations).toContain("index.d.ts");
  expect(declarations).toContain(path.join("layers", "margin_layers.d.ts"));
  expect(declarations.length).toBeGreaterThan(80);
});

it("every exported class and function has a doc comment of its own in the .d.ts", () => {
  const missing = [...files].filter(([f]) => f.endsWith(".d.ts")).flatMap(([f, text]) => undocumented(f, text));
  expect(missing).toEqual([]);
});

it("the doc comments that carry the formulas and papers reach the .d.ts", () => {
  const text = (f: string) => files.get(f) ?? "";
  expect(text(path.join("metric_learning", "losses", "pair_losses.d.ts"))).toMatch(/Hadsell/);
  expect(text(path.join("metric_learning", "losses", "pair_losses.d.ts"))).toMatch(/Circle Loss|Sun et al/);
  expect(text(path.join("metric_learning", "losses", "proxy_losses.d.ts"))).toMatch(/Kim et al/);
  expect(text(path.join("heads", "cosine_margin_heads.d.ts"))).toMatch(/Deng et al/);
  expect(text(path.join("layers", "loss_layers.d.ts"))).toMatch(/Kim et al/);
});

it("no shipped file refers to the course: notes, lessons, lib/README.md", () => {
  const shipped = [...files].filter(([f]) => f.endsWith(".js") || f.endsWith(".d.ts"));
  for (const doc of ["README.md", "COMING_FROM_PYTORCH.md", "package.json"]) shipped.push([doc, fs.readFileSync(path.join(library, doc), "utf8")]);
  expect(shipped.flatMap(([f, text]) => courseMentions(f, text))).toEqual([]);
});

it("the checks can fail: a header comment alone is not a doc comment, and the course words are found", () => {
  expect(undocumented("x.d.ts", "/** A file header. */\nimport type { A } from './a';\nexport declare class Bare {}\n/** Doc. */\nexport declare function f(): void;\n")).toEqual(["x.d.ts: class Bare"]);
  expect(courseMentions("y.js", "// as the notes say\n// Lesson 04\n")).toHaveLength(2);
});
