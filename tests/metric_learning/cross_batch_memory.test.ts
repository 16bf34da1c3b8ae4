// Reference embeddings (pml's ref_emb/ref_labels) in the losses that take them, and CrossBatchMemory
// over a sequence of batches, against pytorch-metric-learning 2.9.0's values and gradients
// (tests/fixtures/pml/pml_reference_more.json): per step the loss, its gradient w.r.t. the batch, and
// the queue position; with and without a miner, with a memory that wraps round, with enqueueMask.
import {
  BatchHardMiner,
  ContrastiveLoss,
  CrossBatchMemory,
  FastAPLoss,
  InputTypeError,
  LiftedStructureLoss,
  MarginLoss,
  MultiSimilarityLoss,
  MultiSimilarityMiner,
  MultipleLosses,
  NCALoss,
  NPairsLoss,
  NTXentLoss,
  Rng,
  ShapeError,
  TripletMarginLoss,
  TripletMarginMiner,
  ValueError,
  tf,
} from "losslab";
import { expectClose } from "../losses/helpers";
import { PML_LOSSES, expectRefused, tupleOf } from "../pml/fixture";
import { pmlMore } from "../pml/fixture_more";

// the scale of a gradient's terms (see tests/pml/pml_more_losses.test.ts)
const largest = (xs: number[]) => Math.max(1e-2, ...xs.map(Math.abs));

describe("losses with reference embeddings: pml 2.9.0's values and gradients (queries and references)", () => {
  const f = pmlMore.references;
  const named = f.cases.map((c: any) => [`${c.loss} ${JSON.stringify(c.options)}${c.tuple ? " with a miner's tuple" : ""}`, c]);
  it.each(named as [string, any][])("%s", (_n, c) => {
    const loss = PML_LOSSES[c.loss](c.options as never);
    const q = tf.variable(tf.tensor2d(f.embeddings)), r = tf.variable(tf.tensor2d(f.refEmbeddings));
    const before = tf.memory().numTensors;
    const { value, grads } = tf.variableGrads(() => loss.forward(q, f.labels, tupleOf(c.tuple ?? undefined), r, f.refLabels), [q, r]);
    expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
    const gq: number[] = c.gradEmbeddings.flat(), gr: number[] = c.gradRef.flat();
    expectClose(Array.from(grads[q.name].dataSync()), gq, { rel: 1e-5, scale: largest(gq), label: "gradient (queries)" });
    expectClose(Array.from(grads[r.name].dataSync()), gr, { rel: 1e-5, scale: largest(gr), label: "gradient (references)" });
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([q, r]);
    if (loss instanceof MarginLoss) loss.dispose();
  });
});

describe("TripletMarginMiner with reference embeddings: pml 2.9.0's triplets, in its order", () => {
  const f = pmlMore.references;
  it.each(f.tripletMarginMiner.map((c: any) => [c.typeOfTriplets, c]) as [string, any][])("%s", (kind, c) => {
    const before = tf.memory().numTensors;
    const t = new TripletMarginMiner({ margin: 0.2, typeOfTriplets: kind as never }).mine(f.embeddings, f.labels, f.refEmbeddings, f.refLabels);
    expect([t.a, t.p, t.n].map((x) => Array.from(x.dataSync()))).toEqual(c.tuple);
    tf.dispose([t.a, t.p, t.n]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("CrossBatchMemory: pml 2.9.0's loss, gradient and queue position at every step", () => {
  const { batches, cases } = pmlMore.crossBatchMemory;
  const named = cases.map((c: any) => [`${c.loss} ${JSON.stringify(c.options)} miner ${c.miner} memory ${c.memorySize}${c.enqueueMask ? " enqueueMask" : ""}`, c]);
  it.each(named as [string, any][])("%s", (_n, c) => {
    const miners: Record<string, () => MultiSimilarityMiner | BatchHardMiner | TripletMarginMiner> = {
      MultiSimilarityMiner: () => new MultiSimilarityMiner(),
      BatchHardMiner: () => new BatchHardMiner(),
      TripletMarginMiner: () => new TripletMarginMiner({ margin: 0.3, typeOfTriplets: "semihard" }),
    };
    const miner = c.miner === null ? undefined : miners[c.miner]();
    const loss = PML_LOSSES[c.loss](c.options as never);
    const xbm = new CrossBatchMemory({ loss, embeddingSize: 4, memorySize: c.memorySize, miner });
    const before = tf.memory().numTensors;
    c.steps.forEach((step: any, k: number) => {
      const x = tf.tidy(() => tf.variable(tf.tensor2d(batches[k].embeddings)));
      const { value, grads } = tf.variableGrads(() => xbm.forward(x, batches[k].labels, undefined, c.enqueueMask ?? undefined), [x]);
      expectClose([value.dataSync()[0]], [step.value], { rel: 1e-5, scale: 1e-2, label: `step ${k} value` });
      const g: number[] = step.grad.flat();
      expectClose(Array.from(grads[x.name].dataSync()), g, { rel: 1e-5, scale: largest(g), label: `step ${k} gradient` });
      expect([xbm.queueIdx, xbm.hasBeenFilled]).toEqual([step.queueIdx, step.hasBeenFilled]);
      tf.dispose([value, x, ...Object.values(grads)]);
    });
    expect(tf.memory().numTensors).toBe(before);
    if (loss instanceof MarginLoss) loss.dispose();
  });

  it("memory() holds copies of the last rows; resetQueue empties it", () => {
    const xbm = new CrossBatchMemory({ loss: new ContrastiveLoss(), embeddingSize: 4, memorySize: 6 });
    tf.dispose(xbm.forward(batches[0].embeddings, batches[0].labels));
    tf.dispose(xbm.forward(batches[1].embeddings, batches[1].labels));
    const m = xbm.memory();
    // rows 4, 5 of the queue hold the second batch's first two rows, rows 0, 1 its last two
    expectClose(Array.from(m.embeddings.dataSync()), [...batches[1].embeddings[2], ...batches[1].embeddings[3], ...batches[0].embeddings[2], ...batches[0].embeddings[3], ...batches[1].embeddings[0], ...batches[1].embeddings[1]], { rel: 1e-6 });
    expect(Array.from(m.labels)).toEqual([batches[1].labels[2], batches[1].labels[3], batches[0].labels[2], batches[0].labels[3], batches[1].labels[0], batches[1].labels[1]]);
    m.embeddings.dispose();
    xbm.resetQueue();
    const empty = xbm.memory();
    expect(empty.embeddings.shape).toEqual([0, 4]);
    empty.embeddings.dispose();
  });
});

describe("bad input: refused before computing or enqueuing, naming the argument, with no tensor left", () => {
  const { batches } = pmlMore.crossBatchMemory;
  const e = batches[0].embeddings, y = batches[0].labels;
  const xbm = new CrossBatchMemory({ loss: new ContrastiveLoss(), embeddingSize: 4, memorySize: 3 });
  it.each([
    ["a loss without references", () => new CrossBatchMemory({ loss: new FastAPLoss(), embeddingSize: 4 }), InputTypeError, /CrossBatchMemory.*'loss'.*FastAPLoss/],
    ["a misspelt option", () => new CrossBatchMemory({ loss: new ContrastiveLoss(), embeddingSize: 4, memory_size: 8 } as never), InputTypeError, /CrossBatchMemory.*'memory_size'.*memorySize/],
    ["a miner by name", () => new CrossBatchMemory({ loss: new ContrastiveLoss(), embeddingSize: 4, miner: "hard" as never }), InputTypeError, /CrossBatchMemory.*'miner'/],
    ["embeddings of another size", () => xbm.forward([[1, 2, 3]], [0]), ShapeError, /CrossBatchMemory.forward.*'embeddings'/],
    ["a batch larger than the memory", () => xbm.forward(e, y), ShapeError, /CrossBatchMemory.forward.*'embeddings'.*memorySize = 3/],
    ["a tuple and a mask", () => xbm.forward(e, y, { a: [0], p: [0], n: [1] }, [true, false, true, false]), ValueError, /CrossBatchMemory.forward.*'enqueueMask'/],
    ["a mask of numbers", () => xbm.forward(e, y, undefined, [1, 0, 1, 0] as never), InputTypeError, /CrossBatchMemory.forward.*'enqueueMask'/],
    ["references to a loss that takes none", () => new NPairsLoss().forward(e, y, undefined, e, y), InputTypeError, /NPairsLoss.*'refEmbeddings'/],
    ["references without labels", () => new ContrastiveLoss().forward(e, y, undefined, e), ShapeError, /ContrastiveLoss.*'refLabels'/],
    ["a tuple positive beyond the references", () => new ContrastiveLoss().forward(e, y, { a: [0], p: [2], n: [1] }, [[1, 2, 3, 4], [0, 1, 0, 1]], [0, 1]), ValueError, /ContrastiveLoss.*'indicesTuple.p'/],
    ["swap with references", () => new TripletMarginLoss({ swap: true }).forward(e, y, undefined, e, y), ValueError, /TripletMarginLoss.*'refEmbeddings'.*swap/],
  ])("%s", (_n, call, type, message) => expectRefused(call, type, message as RegExp));

  it("a refused tuple leaves the memory as it was", () => {
    const m = new CrossBatchMemory({ loss: new ContrastiveLoss(), embeddingSize: 4, memorySize: 8 });
    expect(() => m.forward(e, y, { a: [0], p: [9], n: [1] })).toThrow(/indicesTuple.p/);
    expect([m.queueIdx, m.hasBeenFilled]).toEqual([0, false]);
  });
});

describe("CrossBatchMemory in a training loop", () => {
  it("trains a linear embedding (custom loop, Adam): the batch loss on all data falls, no tensor leaks per step", () => {
    const rng = new Rng(3);
    const classes = 4, perClass = 16, dim = 8;
    const centres = Array.from({ length: classes }, () => Array.from({ length: dim }, () => rng.normal(0, 1)));
    const x = tf.tensor2d(Array.from({ length: classes * perClass }, (_, i) => centres[i % classes].map((c) => c + rng.normal(0, 0.8))));
    const y = Int32Array.from({ length: classes * perClass }, (_, i) => i % classes);
    const W = tf.tidy(() => tf.variable(tf.tensor2d(Array.from({ length: dim * 4 }, () => rng.normal(0, 0.5)), [dim, 4])));
    const xbm = new CrossBatchMemory({ loss: new ContrastiveLoss(), embeddingSize: 4, memorySize: 32, miner: new MultiSimilarityMiner() });
    const probe = new ContrastiveLoss();
    const allLoss = () => tf.tidy(() => probe.forward(tf.matMul(x, W), y).dataSync()[0]);
    const before = allLoss();
    const optimizer = tf.train.adam(0.05);
    let tensors = 0;
    for (let step = 0; step < 60; step++) {
      const rows = Int32Array.from({ length: 16 }, (_, k) => (step * 16 + k) % (classes * perClass));
      const batch = tf.gather(x, rows);
      const labels = Int32Array.from(rows, (r) => y[r]);
      const cost = optimizer.minimize(() => xbm.forward(tf.matMul(batch, W), labels), true, [W]);
      expect(Number.isFinite(cost!.dataSync()[0])).toBe(true);
      tf.dispose([cost!, batch]);
      if (step === 1) tensors = tf.memory().numTensors;
      if (step > 1) expect(tf.memory().numTensors).toBe(tensors);
    }
    const after = allLoss();
    // seeded: 1.04 -> 0.71 on every backend (the classes overlap: noise 0.8 around unit-normal centres)
    expect(after).toBeLessThan(0.75 * before);
    optimizer.dispose();
    tf.dispose([x, W]);
  });
});

describe("MultipleLosses: pml 2.9.0's weighted sums, with per-loss miners", () => {
  const { inputs } = pmlMore.losses;
  const make: Record<string, () => MultipleLosses> = {
    list: () => new MultipleLosses({ losses: [new ContrastiveLoss(), new TripletMarginLoss({ margin: 0.1 })], miners: [null, new BatchHardMiner()], weights: [1, 0.5] }),
    dict: () => new MultipleLosses({ losses: { ms: new MultiSimilarityLoss(), nt: new NTXentLoss({ temperature: 0.5 }) }, miners: { ms: new MultiSimilarityMiner() }, weights: { ms: 2, nt: 0.3 } }),
    plain: () => new MultipleLosses({ losses: [new LiftedStructureLoss(), new NCALoss()] }),
  };
  it.each(pmlMore.multipleLosses.cases.map((c: any) => [`${c.name} on ${c.input}`, c]) as [string, any][])("%s", (_n, c) => {
    const inp = inputs[c.input];
    const before = tf.memory().numTensors;
    const m = make[c.name]();
    const x = tf.tensor2d(inp.embeddings);
    const { value, grad } = tf.valueAndGrad((e: tf.Tensor) => m.forward(e, inp.labels))(x);
    expectClose([value.dataSync()[0]], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
    const g: number[] = c.gradEmbeddings.flat();
    expectClose(Array.from(grad.dataSync()), g, { rel: 1e-5, scale: largest(g), label: "gradient" });
    tf.dispose([value, grad, x]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    ["weights of another length", () => new MultipleLosses({ losses: [new ContrastiveLoss()], weights: [1, 2] }), ValueError, /MultipleLosses.*'weights'/],
    ["a weight missing by name", () => new MultipleLosses({ losses: { a: new ContrastiveLoss(), b: new NCALoss() }, weights: { a: 1 } }), ValueError, /MultipleLosses.*'weights'/],
    ["a miner for an unknown name", () => new MultipleLosses({ losses: { a: new ContrastiveLoss() }, miners: { b: new BatchHardMiner() } }), ValueError, /MultipleLosses.*'miners'.*'b'/],
    ["a loss that is not one", () => new MultipleLosses({ losses: [new ContrastiveLoss(), "triplet" as never] }), InputTypeError, /MultipleLosses.*'losses\[1\]'/],
    ["a tuple with miners", () => make.list().forward(inputs.batch.embeddings, inputs.batch.labels, { a: [0], p: [1], n: [2] }), ValueError, /MultipleLosses.forward.*'indicesTuple'/],
  ])("refused: %s", (_n, call, type, message) => expectRefused(call, type, message as RegExp));
});
