import { EmbeddingNet, CosFaceHead, LSoftmaxHead, InputTypeError, ValueError, tf } from "losslab";
import { combinedProgress, compareMiners, runCapstoneSeeds, runJobs, trainHead, trainHeadGroups, trainHeads, trainHeadSpec, trainSeeds, workerCount,
         type HeadRunSpec, type LiveOutput } from "losslab-course";
import { bandDigits } from "../metric_learning/helpers";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

// the numbers of a run follow its seeds only: the same on a worker thread as in this one
const train = bandDigits(48, 4, 1);
const test = bandDigits(32, 4, 2);
const withoutTimes = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v) => (k === "seconds" ? 0 : v)));
const cosFace = (seed: number, s = 30): HeadRunSpec => ({ net: { embeddingSize: 3, hidden: [8], seed },
  head: { kind: "cosFace", options: { inputDim: 3, numClasses: 4, s, m: 0.35, seed } }, train, test, epochs: 2, batchSize: 16, watchPerClass: 3, seed });

describe("trainHeads and trainHeadGroups", () => {
  it("give on two worker threads exactly what one thread gives, in the order of the runs", async () => {
    const runs = [cosFace(0), cosFace(1), cosFace(2)];
    const here = await trainHeads(runs, { workers: 1 });
    const there = await trainHeads(runs, { workers: 2 });
    expect(withoutTimes(there)).toEqual(withoutTimes(here));
    expect(new Set(here.map((r) => r.final.loss)).size).toBe(3); // three different seeds, three different runs
  });

  it("a run as data is trainHead of the network and head it describes", async () => {
    const net = new EmbeddingNet({ embeddingSize: 3, hidden: [8], seed: 4 });
    const head = new CosFaceHead({ inputDim: 3, numClasses: 4, s: 30, m: 0.35, seed: 4 });
    const { net: _n, head: _h, ...rest } = cosFace(4);
    const byObjects = await trainHead({ ...rest, net, head });
    net.dispose();
    head.dispose();
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const bySpec = await trainHeadSpec(cosFace(4), { onEpoch: (s) => void seen.push(s.epoch) });
    expect(tf.memory().numTensors).toBe(before);
    expect(withoutTimes(bySpec)).toEqual(withoutTimes(byObjects));
    expect(seen).toEqual([0, 1, 2]);
  });

  it("groups the outputs as the runs were grouped", async () => {
    const lSoftmax = (m: number, seed: number): HeadRunSpec => ({ ...cosFace(seed), head: { kind: "lSoftmax",
      options: { inputDim: 3, numClasses: 4, m, seed, annealing: { base: 10, gamma: 1, power: 1, lambdaMin: 0 } } } });
    const groups = [[lSoftmax(2, 0), lSoftmax(2, 1)], [lSoftmax(4, 0)]];
    const grouped = await trainHeadGroups(groups, { workers: 2 });
    expect(grouped.map((g) => g.length)).toEqual([2, 1]);
    const flat = await trainHeads(groups.flat(), { workers: 1 });
    expect(withoutTimes(grouped.flat())).toEqual(withoutTimes(flat));
    // the head was the one described: L-Softmax's λ decays, m = 2 and m = 4 differ
    expect(grouped[0][0].final.lambda).toBeLessThan(10);
    expect(grouped[0][0].final.loss).not.toBe(grouped[1][0].final.loss);
    expect(new LSoftmaxHead({ inputDim: 3, numClasses: 4, m: 2 }).dispose()).toBeUndefined();
  });

  it("refuse a malformed run before any thread starts, naming the run and the field", async () => {
    await expect(trainHeads([])).rejects.toThrow(InputTypeError);
    await expect(trainHeads([{ ...cosFace(0), head: { kind: "cosface", options: {} } } as never])).rejects.toThrow(/trainHeads.*runs\[0\]\.head\.kind.*'cosFace'/);
    await expect(trainHeads([cosFace(0), { ...cosFace(1), net: 3 } as never])).rejects.toThrow(/runs\[1\]\.net/);
    await expect(trainHeads([cosFace(0)], { worker: 2 } as never)).rejects.toThrow(/did you mean 'workers'/);
    await expect(trainHeadGroups([[cosFace(0)], []])).rejects.toThrow(InputTypeError);
    await expect(trainHeadSpec(cosFace(0), { liv: () => undefined } as never)).rejects.toThrow(/trainHeadSpec.*liv/);
    await expect(trainHeadSpec({ ...cosFace(0), head: { kind: "arcface", options: {} } } as never)).rejects.toThrow(/trainHeadSpec: argument 'spec\.head\.kind'/);
  });

  it("rethrow a worker's error as the class it was, with its message and fields", async () => {
    const bad = { ...cosFace(1), epochs: -1 };
    const error = await trainHeads([cosFace(0), bad], { workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValueError);
    expect((error as ValueError).message).toBe("losslab.trainHead: argument 'epochs' must be an integer >= 1, but got -1.");
    expect((error as ValueError).fn).toBe("trainHead");
    expect((error as ValueError).arg).toBe("epochs");
    expect((error as Error).stack).toMatch(/trainHeads, run 2 of 2, on a worker thread/);
  });
});

describe("trainSeeds and compareMiners on worker threads", () => {
  const common = { train, test, probe: test, epochs: 2, batchSize: 16, hidden: [8], watchPerClass: 3, progress: false };

  it("trainSeeds: two threads give what one gives", async () => {
    const options = { ...common, loss: "contrastive" as const, seeds: [0, 1, 2], embeddingSize: 3 };
    const here = await trainSeeds({ ...options, workers: 1 });
    const there = await trainSeeds({ ...options, workers: 2 });
    expect(withoutTimes(there)).toEqual(withoutTimes(here));
  });

  it("compareMiners: two threads give what one gives", async () => {
    const options = { ...common, margin: 0.2, miners: ["semiHard" as const, "batchAll" as const, "batchHard" as const] };
    const here = await compareMiners({ ...options, workers: 1 });
    const there = await compareMiners({ ...options, workers: 2 });
    expect(withoutTimes(there)).toEqual(withoutTimes(here));
    expect(there.map((r) => r.setting.miner)).toEqual(["semiHard", "batchAll", "batchHard"]);
  });
});

describe("runCapstoneSeeds on worker threads", () => {
  it("two threads (each seed's losses in two halves) give what one thread gives, and the bar counts every epoch once", async () => {
    const tiny = { seenDigits: [0, 1, 2], unseenDigits: [8, 9], perDigit: 30, epochs: 2, batchSize: 16, hidden: [16], pairs: 200, picturePerClass: 4,
      losses: ["softmax" as const, "cosFace" as const, "triplet" as const], seeds: [1, 2] };
    const here = await runCapstoneSeeds({ ...tiny, workers: 1 });
    const bars: { done: number; total: number; index: number; seed: number }[] = [];
    const there = await runCapstoneSeeds({ ...tiny, workers: 2, onProgress: (p) => void bars.push({ done: p.epochsDone, total: p.epochsTotal, index: p.index, seed: p.seed }) });
    expect(withoutTimes(there.runs)).toEqual(withoutTimes(here.runs));
    expect(there.runs[0].rows.map((r) => r.loss)).toEqual(tiny.losses);
    expect(bars.every((b) => b.total === 2 * 3 * 2)).toBe(true);
    expect(bars[bars.length - 1].done).toBe(12);
    expect(bars.map((b) => b.done)).toEqual([...bars.map((b) => b.done)].sort((a, b) => a - b));
    // the second half's losses keep their places in the whole list
    expect(new Set(bars.map((b) => b.index))).toEqual(new Set([0, 1, 2]));
  });
});

describe("runJobs, workerCount and combinedProgress", () => {
  const saved = process.env.LOSSLAB_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.LOSSLAB_WORKERS;
    else process.env.LOSSLAB_WORKERS = saved;
  });

  it("uses the cores, LOSSLAB_WORKERS or the option, never more threads than tasks", () => {
    delete process.env.LOSSLAB_WORKERS;
    expect(workerCount("f", 100)).toBeGreaterThanOrEqual(1);
    expect(workerCount("f", 1)).toBe(1);
    process.env.LOSSLAB_WORKERS = "3";
    expect(workerCount("f", 100)).toBe(3);
    expect(workerCount("f", 2)).toBe(2);
    expect(workerCount("f", 100, 5)).toBe(5);
    process.env.LOSSLAB_WORKERS = "two";
    expect(() => workerCount("f", 4)).toThrow(/f.*LOSSLAB_WORKERS.*whole number/);
    expect(() => workerCount("f", 4, 0)).toThrow(ValueError);
  });

  it("reports each task's progress in this thread, against its index", async () => {
    const reports: [number, string][] = [];
    await runJobs("test", "headRun", [{ ...cosFace(0), progress: "a" }, { ...cosFace(1), progress: "b" }], {
      workers: 2, onReport: (i, r) => void (r.kind === "progress" && reports.push([i, r.status])) });
    expect(reports.filter(([i]) => i === 0).every(([, s]) => s.startsWith("a: epoch"))).toBe(true);
    expect(reports.filter(([i]) => i === 1).every(([, s]) => s.startsWith("b: epoch"))).toBe(true);
    expect(reports.filter(([i]) => i === 1).map(([, s]) => s.slice(0, 15))).toEqual(["b: epoch 0/2, t", "b: epoch 1/2, t", "b: epoch 2/2, t"]);
  });

  it("refuses a job no module registered, naming the registered ones", async () => {
    await expect(runJobs("test", "headRuns", [cosFace(0)], { workers: 1 })).rejects.toThrow(/test: argument 'job'.*'headRun'.*'capstoneSeed'.*but got 'headRuns'/);
    await expect(runJobs("test", { name: "elsewhere", run: () => 1 } as never, [0], { workers: 1 })).rejects.toThrow(ValueError);
  });

  it("the worker thread's entry imports every module that defines a job (so a worker knows every job)", () => {
    const src = path.join(__dirname, "..", "..", "lib", "course", "src");
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []);
    const defining = walk(src).filter((f) => /\bdefineJob\(\s*"/.test(fs.readFileSync(f, "utf8")))
      .map((f) => "./" + path.relative(src, f).replace(/\.ts$/, "").split(path.sep).join("/")).sort();
    expect(defining.length).toBeGreaterThanOrEqual(6);
    const imported = ts.preProcessFile(fs.readFileSync(path.join(src, "worker.ts"), "utf8"), true, false).importedFiles.map((i) => i.fileName);
    expect(defining.filter((m) => !imported.includes(m))).toEqual([]);
  });

  it("one bar over all runs: epochs done of all, the runs under way named", () => {
    const bars: [number, number, string][] = [];
    const output = { progress: (d: number, t: number, s: string) => void bars.push([d, t, s]) } as unknown as LiveOutput;
    const report = combinedProgress(output, 3);
    report(0, { kind: "progress", done: 1, total: 4, status: "a" });
    report(1, { kind: "progress", done: 2, total: 4, status: "b" });
    report(0, { kind: "progress", done: 4, total: 4, status: "a done" });
    expect(bars).toEqual([[1, 12, "a"], [3, 12, "a · b"], [6, 12, "b"]]);
  });
});
