/**
 * The folders of each package's src/ import one another in one direction only (lib/README.md, "Where
 * things live"): the import graph between folders, read from the TypeScript sources, has no cycle.
 *
 * Every import counts, type-only imports included (`import type`, `export type … from`, `import("…")`
 * types): a folder that names another folder's types needs it to compile and to be understood, and
 * a cycle through types is the same tangle as one through values (and the first step towards one).
 * The imports are read by TypeScript's own scanner (`ts.preProcessFile`: import and export-from
 * declarations, side-effect imports, `import(…)` and `require(…)`), not by a regex.
 * A node is a top-level folder of src/ (everything under it), or a file directly in src/ (index.ts,
 * worker.ts, tf.ts: each its own node, so that the package's entry files, which import every area,
 * are not lumped with the areas they import).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

const root = path.join(__dirname, "..", "..");

interface Edge {
  from: string;
  to: string;
  /** "file: specifier" of each import behind the edge */
  because: string[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The node of a path under `src`: its top-level folder, or the file itself when it lies in src/. */
function nodeOf(src: string, target: string): string {
  const parts = path.relative(src, target).split(path.sep);
  if (parts.length > 1) return parts[0];
  // "./analysis" is the folder (its index.ts), "./tf" the file tf.ts
  const asFolder = path.join(src, parts[0]);
  return fs.existsSync(asFolder) && fs.statSync(asFolder).isDirectory() ? parts[0] : parts[0].replace(/\.(ts|js)$/, "") + ".ts";
}

/** The edges between the nodes of `src` (imports within one node and of packages left out). */
function folderGraph(src: string): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of sourceFiles(src)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = path.resolve(path.dirname(file), fileName);
      if (path.relative(src, target).startsWith("..")) continue;
      const from = nodeOf(src, file);
      const to = nodeOf(src, target);
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, because: [] });
      edges.get(key)!.because.push(`${path.relative(src, file)}: "${fileName}"`);
    }
  }
  return [...edges.values()];
}

/** One cycle of each strongly connected group of nodes (Tarjan), each as its edges in order. */
function cycles(edges: Edge[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const { to } of out.get(v) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  // in each group, the shortest way from its first node back to itself (breadth first, inside the group)
  return groups.map((group) => {
    const start = group[0];
    const came = new Map<string, Edge>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const e of out.get(v) ?? []) {
        if (!group.includes(e.to) || came.has(e.to)) continue;
        came.set(e.to, e);
        if (e.to === start) queue.length = 0;
        else queue.push(e.to);
      }
    }
    const cycle: Edge[] = [];
    let at = start;
    do {
      const e = came.get(at)!;
      cycle.unshift(e);
      at = e.from;
    } while (at !== start);
    return cycle;
  });
}

const describeCycle = (cycle: Edge[]) =>
  `${cycle.map((e) => e.from).join(" -> ")} -> ${cycle[0].from}\n` +
  cycle.map((e) => `  ${e.from} -> ${e.to}: ${e.because.slice(0, 3).join(", ")}${e.because.length > 3 ? ` (and ${e.because.length - 3} more)` : ""}`).join("\n");

describe.each([
  ["lib/course/src", 15],
  ["lib/losslab/src", 15],
])("the folders of %s", (dir, minFolders) => {
  const src = path.join(root, dir);

  it("import one another without a cycle", () => {
    const edges = folderGraph(src);
    // the graph was read: the package's index imports its folders
    expect(new Set(edges.filter((e) => e.from === "index.ts").map((e) => e.to)).size).toBeGreaterThanOrEqual(minFolders);
    const found = cycles(edges).map(describeCycle);
    expect(found.join("\n\n")).toBe("");
  });
});

describe("the cycle check", () => {
  it("finds a cycle between folders, through a type-only import and an export-from too, and names the imports", () => {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), "import-cycles-"));
    try {
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
        fs.writeFileSync(path.join(src, file), text);
      };
      write("index.ts", 'export * from "./a";\nexport * from "./b";\n');
      write("tf.ts", "export const tf = 1;\n");
      write("a/index.ts", 'export * from "./x";\n');
      write("a/x.ts", 'import { tf } from "../tf";\nimport type { Y } from "../b/y";\nexport type X = Y | typeof tf;\n');
      write("b/index.ts", 'export { y } from "./y";\n');
      write("b/y.ts", 'export type Y = number;\nexport const y = 2;\n');
      write("c/z.ts", 'import { tf } from "../tf";\nexport const z = tf;\n');
      expect(cycles(folderGraph(src))).toEqual([]);
      write("b/back.ts", 'export { x } from "../a/x";\n');
      const found = cycles(folderGraph(src));
      expect(found.map(describeCycle)).toEqual([`a -> b -> a\n  a -> b: a/x.ts: "../b/y"\n  b -> a: b/back.ts: "../a/x"`]);
      // a longer cycle through a root file is found too (tf.ts is its own node, not part of "index.ts")
      write("tf.ts", 'import { z } from "./c/z";\nexport const tf = z;\n');
      expect(cycles(folderGraph(src)).map((c) => c.map((e) => e.from).join(" -> ")).sort()).toEqual(["a -> b", "c -> tf.ts"]);
    } finally {
      fs.rmSync(src, { recursive: true, force: true });
    }
  });
});
