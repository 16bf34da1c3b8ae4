// The examples of lib/losslab/COMING_FROM_PYTORCH.md run as written (every ```ts block, in order, in one
// scope), so the page cannot drift from the library.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as losslab from "losslab";

const page = fs.readFileSync(path.join(__dirname, "..", "..", "lib", "losslab", "COMING_FROM_PYTORCH.md"), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

it("every example of the page runs and gives what the page says", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(9);
  const code = blocks.join("\n").replace(/^import .*$/m, "");
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } }).outputText;
  const names = Object.keys(losslab).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const run = new Function(...names, `${js}\nreturn { metrics, batches, recall4, mined, tfa, semiHard, labels, embeddings };`);
  const out = run(...names.map((k) => (losslab as Record<string, unknown>)[k]));
  expect(out.metrics.queries).toBe(32);
  expect(out.batches.length).toBe(4);
  expect(out.recall4).toBeGreaterThan(0);
  // TFA's loss of a similar pair at distance 0.5 (0.25) and a dissimilar one at √2 > margin 1 (0), averaged
  expect(out.tfa.dataSync()[0]).toBeCloseTo(0.125, 6);
  // the page's claim: TFA's semi-hard loss on the device = the host-side triplets through batchTripletLoss
  const { embeddings, labels } = out;
  const triplets = losslab.mineSemiHardTfa({ embeddings, labels, distance: "euclidean" });
  const host = losslab.batchTripletLoss({ embeddings, labels, triplets, margin: 1, distance: "euclidean" });
  expect(out.semiHard.dataSync()[0]).toBeCloseTo(host.dataSync()[0], 5);
});
