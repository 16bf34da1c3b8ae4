// The code examples of the Keras bridge run as written: every indented example in the doc comments of
// lib/losslab/src/layers (the comments tsc keeps in the shipped .d.ts) and every ```ts block of the
// library README's sections on model.compile and the layers. Each is type-checked against the
// library's sources, then run on the test backend.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import * as losslab from "losslab";
import { tf } from "losslab";
import { testBackend } from "../backends";
import { withoutEngineLeakCheck } from "./leak_check";
import { withNodeTypedArrays } from "./round_trip";

withoutEngineLeakCheck();

const root = path.join(__dirname, "..", "..");
const layersDir = path.join(root, "lib", "losslab", "src", "layers");

interface Example {
  where: string;
  code: string;
}

/** The indented runs (` *     code`) of the doc comments of a source file. */
function commentExamples(file: string): Example[] {
  const text = fs.readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) out.push({ where: `${path.basename(file)}: ${run[0].trim()}`, code: run.join("\n") });
      run = [];
    };
    for (const line of comment.split("\n")) {
      const m = /^\s*\* {5}(.*)$/.exec(line);
      if (m) run.push(m[1]);
      else flush();
    }
    flush();
  }
  return out;
}

/** The ```ts blocks of the README sections whose titles mention model.compile or Layers. */
function readmeExamples(): Example[] {
  const text = fs.readFileSync(path.join(root, "lib", "losslab", "README.md"), "utf8");
  const sections = text.split(/^## /m).filter((s) => /model\.compile|Layers/.test(s.split("\n")[0]));
  return sections.flatMap((s) =>
    [...s.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({ where: `README ${s.split("\n")[0]}`, code: m[1].replace(/^import .*$/gm, "") })),
  );
}

const examples = [...fs.readdirSync(layersDir).filter((f) => f.endsWith(".ts")).flatMap((f) => commentExamples(path.join(layersDir, f))), ...readmeExamples()];
const exported = Object.keys(losslab);

/** The example as a module: the library's names it uses imported, its code in an async function. */
function moduleOf(example: Example): string {
  const used = exported.filter((name) => new RegExp(`\\b${name}\\b`).test(example.code));
  return `import { ${used.join(", ")} } from "losslab";\nexport async function run(): Promise<void> {\n${example.code}\n}\n`;
}

it("the examples are found: the margin layers', the loss layers', compileMetricLoss's and the README's", () => {
  const where = examples.map((e) => e.where).join("\n");
  expect(where).toContain("margin_layers.ts");
  expect(where).toContain("loss_layers.ts");
  expect(where).toContain("compile_losses.ts");
  expect(examples.filter((e) => e.where.startsWith("README")).length).toBeGreaterThanOrEqual(4);
});

it("every example type-checks against the library", () => {
  const dir = path.join(root, "tests", "layers");
  const files = examples.map((e, i) => path.join(dir, `__example_${i}.ts`));
  const sources = new Map(files.map((f, i) => [f, moduleOf(examples[i])]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    baseUrl: root,
    paths: { losslab: ["lib/losslab/src/index.ts"] },
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => sources.get(path.resolve(f)) ?? read(f);
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => sources.has(path.resolve(f)) || exists(f);
  const program = ts.createProgram(files, options, host);
  const problems = files.flatMap((f, i) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(f)).map((d) => `${examples[i].where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`),
  );
  expect(problems).toEqual([]);
});

describe("every example runs", () => {
  for (const example of examples) {
    it(example.where, async () => {
      const js = ts.transpileModule(moduleOf(example), { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } }).outputText;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-example-"));
      const code = js.replace(/file:\/\/\/tmp\//g, `file://${dir}/`);
      const logged: unknown[][] = [];
      const module = { exports: {} as { run: () => Promise<void> } };
      new Function("require", "module", "exports", "console", code)(
        (name: string) => (name === "losslab" ? losslab : require(name)),
        module,
        module.exports,
        { log: (...args: unknown[]) => logged.push(args) },
      );
      const saved = new Map<string, tf.io.ModelArtifacts>();
      const native = testBackend() === "tensorflow";
      if (!native && code.includes("file://")) {
        // tfjs-node's file:// handler exists only on the native backend: elsewhere the same URLs in memory
        // (a router answers null for URLs it does not serve, which tfjs's IORouter type leaves out)
        const none = null as unknown as tf.io.IOHandler;
        tf.io.registerSaveRouter((url) =>
          typeof url === "string" && url.startsWith("file://")
            ? tf.io.withSaveHandler(async (a) => {
                saved.set(`${url}/model.json`, a);
                return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
              })
            : none,
        );
        tf.io.registerLoadRouter((url) => (typeof url === "string" && saved.has(url) ? tf.io.fromMemory(saved.get(url)!) : none));
      }
      try {
        await (native ? withNodeTypedArrays(() => module.exports.run()) : module.exports.run());
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      // the annealing examples log the iterations run and λ: 8 steps, λ below its start of 1000
      if (code.includes("MarginAnnealing()")) expect([logged[0][0], (logged[0][1] as number) < 1000]).toEqual([8, true]);
    });
  }
});
