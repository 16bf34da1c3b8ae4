import * as tf from "../tf";
import { BaseMiner } from "../miners/base_miner";
import { TripletMarginMiner } from "../miners/triplet_margin_miner";
import { allPairsIndices, isPairTuple, pairsToTriplets, toIndicesTuple, tripletsToPairs, type IndicesTuple, type IndicesTupleInput } from "../miners/indices_tuple";
import { gatherRows } from "../models/gather_rows";
import { InputTypeError, ShapeError, ValueError, checkInteger, checkOptions, checkShape, describe, toEmbeddings, toLabels, type TensorInput } from "../validation";
import { MetricLossFunction } from "./losses/base";

export interface CrossBatchMemoryOptions {
  /** The loss computed between the queries and the memory; it must take reference embeddings. */
  loss: MetricLossFunction;
  /** d, the size of the embeddings. */
  embeddingSize: number;
  /** How many embeddings the queue holds (default 1024). */
  memorySize?: number;
  /** Chooses the pairs or triplets between queries and memory (default: all pairs). */
  miner?: BaseMiner | TripletMarginMiner;
}

/** The largest memory: 10 million rows. */
export const MAX_MEMORY_SIZE = 10_000_000;

const i32 = (v: ArrayLike<number>) => tf.tensor1d(Int32Array.from(v), "int32");

/**
 * pytorch-metric-learning's `CrossBatchMemory({ loss, embeddingSize, memorySize = 1024, miner? })`
 * (Wang et al. 2020, "Cross-batch memory for embedding learning"), following pml 2.9.0: a queue of the
 * last `memorySize` embeddings and labels seen (copies: no gradient flows into the memory). Each
 * `forward(embeddings, labels, indicesTuple?, enqueueMask?)`:
 * 1. enqueues the batch (or, with `enqueueMask`, only its rows marked true, the others being the
 *    queries), overwriting the oldest entries once the queue is full;
 * 2. pairs the queries with the memory: the miner's tuple `miner.mine(queries, labels, memory,
 *    memoryLabels)`, or every (query, memory) pair; without `enqueueMask` a query is not paired with its
 *    own copy in the memory (pml's `remove_self_comparisons`); a given `indicesTuple` (positives and
 *    negatives indexing the memory) is appended, converted to the same kind;
 * 3. returns `loss.forward(queries, labels, tuple, memory, memoryLabels)`.
 * Only losses that take reference embeddings are accepted (pml's `supported_losses`:
 * ContrastiveLoss, CircleLoss, GeneralizedLiftedStructureLoss, LiftedStructureLoss, MarginLoss,
 * MultiSimilarityLoss, NCALoss, NTXentLoss, SupConLoss, TripletMarginLoss, TupletMarginLoss, IntraPairVarianceLoss here).
 */
export class CrossBatchMemory {
  readonly loss: MetricLossFunction;
  readonly embeddingSize: number;
  readonly memorySize: number;
  readonly miner?: BaseMiner | TripletMarginMiner;
  private embeddingMemory: Float32Array;
  private labelMemory: Int32Array;
  private queueIndex = 0;
  private filled = false;

  constructor(options: CrossBatchMemoryOptions) {
    const fn = "CrossBatchMemory";
    checkOptions(fn, options, ["loss", "embeddingSize", "memorySize?", "miner?"]);
    if (!(options.loss instanceof MetricLossFunction)) throw new InputTypeError(fn, "loss", "a metric loss (new ContrastiveLoss(), …)", describe(options.loss));
    if (!options.loss.acceptsReferences) {
      throw new InputTypeError(fn, "loss", "a loss that takes reference embeddings (ContrastiveLoss, CircleLoss, (Generalized)LiftedStructureLoss, MarginLoss, MultiSimilarityLoss, NCALoss, NTXentLoss, SupConLoss, TripletMarginLoss, TupletMarginLoss, IntraPairVarianceLoss), as pml", options.loss.fn);
    }
    if (options.miner !== undefined && !(options.miner instanceof BaseMiner || options.miner instanceof TripletMarginMiner)) throw new InputTypeError(fn, "miner", "a miner (new MultiSimilarityMiner(), …)", describe(options.miner));
    this.loss = options.loss;
    this.miner = options.miner;
    this.embeddingSize = checkInteger(fn, "embeddingSize", options.embeddingSize, { min: 1 });
    this.memorySize = checkInteger(fn, "memorySize", options.memorySize ?? 1024, { min: 1, max: Math.floor(MAX_MEMORY_SIZE / this.embeddingSize) });
    this.embeddingMemory = new Float32Array(this.memorySize * this.embeddingSize);
    this.labelMemory = new Int32Array(this.memorySize);
  }

  /** Where the next batch goes (pml's `queue_idx`). */
  get queueIdx(): number {
    return this.queueIndex;
  }

  /** Whether the queue has wrapped round once (then every row is in use). */
  get hasBeenFilled(): boolean {
    return this.filled;
  }

  /** Empties the memory (pml's `reset_queue`). */
  resetQueue(): void {
    this.embeddingMemory.fill(0);
    this.labelMemory.fill(0);
    this.queueIndex = 0;
    this.filled = false;
  }

  /** The rows in use: [queueIdx, d] until the queue is full, then [memorySize, d] (a new tensor, the caller's). */
  memory(): { embeddings: tf.Tensor2D; labels: Int32Array } {
    const rows = this.filled ? this.memorySize : this.queueIndex;
    return { embeddings: tf.tensor2d(this.embeddingMemory.slice(0, rows * this.embeddingSize), [rows, this.embeddingSize]), labels: this.labelMemory.slice(0, rows) };
  }

  /** Copies rows into the queue; returns their positions (pml's `curr_batch_idx`). */
  private enqueue(values: Float32Array, labels: Int32Array): number[] {
    const d = this.embeddingSize, M = this.memorySize;
    const positions = Array.from(labels, (_, k) => (this.queueIndex + k) % M);
    positions.forEach((at, k) => {
      this.embeddingMemory.set(values.subarray(k * d, (k + 1) * d), at * d);
      this.labelMemory[at] = labels[k];
    });
    const previous = this.queueIndex;
    this.queueIndex = (this.queueIndex + labels.length) % M;
    if (!this.filled && this.queueIndex <= previous) this.filled = true;
    return positions;
  }

  /**
   * The loss of a batch against the memory (after enqueuing it); see the module comment.
   * `enqueueMask`: one boolean per row, true for the rows to enqueue (then not used as queries).
   */
  forward(embeddings: TensorInput, labels: TensorInput | Int32Array, indicesTuple?: IndicesTupleInput, enqueueMask?: ArrayLike<boolean>): tf.Scalar {
    const fn = "CrossBatchMemory.forward";
    return tf.tidy(() => {
      const e = toEmbeddings(fn, "embeddings", embeddings);
      checkShape(fn, "embeddings", e, [e.shape[0], this.embeddingSize], `[N, ${this.embeddingSize}] embeddings`);
      const y = toLabels(fn, "labels", labels, e.shape[0]);
      if (indicesTuple !== undefined && enqueueMask !== undefined) throw new ValueError(fn, "enqueueMask", "no enqueueMask together with an indicesTuple (pml: mutually exclusive)", "both");
      let mask: boolean[] | undefined;
      if (enqueueMask !== undefined) {
        mask = Array.from(enqueueMask as ArrayLike<unknown>, (v, i) => {
          if (typeof v !== "boolean") throw new InputTypeError(fn, "enqueueMask", "booleans, one per row", `${describe(v)} at index [${i}]`);
          return v;
        });
        if (mask.length !== y.length) throw new ShapeError(fn, "enqueueMask", `${y.length} booleans, one per row of 'embeddings'`, `${mask.length}`);
      } else if (y.length > this.memorySize) {
        throw new ShapeError(fn, "embeddings", `at most memorySize = ${this.memorySize} rows`, `${y.length}`);
      }
      const values = e.dataSync() as Float32Array;
      const d = this.embeddingSize;
      const rows = (keep: boolean) => Array.from(y.keys()).filter((i) => (mask === undefined ? true : mask[i] === keep));
      const queued = mask === undefined ? Array.from(y.keys()) : rows(true);
      const queries = mask === undefined ? queued : rows(false);
      if (queued.length > this.memorySize) throw new ShapeError(fn, "enqueueMask", `at most memorySize = ${this.memorySize} rows to enqueue`, `${queued.length}`);
      // the caller's tuple is checked against the memory as it will be after enqueuing, before anything changes
      const after = (this.queueIndex + queued.length) % this.memorySize;
      const rowsAfter = this.filled || after <= this.queueIndex ? this.memorySize : after;
      const given = indicesTuple === undefined ? undefined : toIndicesTuple(fn, indicesTuple, queries.length, rowsAfter);
      const positions = this.enqueue(Float32Array.from(queued.flatMap((i) => Array.from(values.subarray(i * d, (i + 1) * d)))), Int32Array.from(queued, (i) => y[i]));
      const { embeddings: memory, labels: memoryLabels } = this.memory();
      const q = mask === undefined ? e : gatherRows(e, Int32Array.from(queries));
      const qLabels = Int32Array.from(queries, (i) => y[i]);
      let tuple: IndicesTuple = this.miner !== undefined ? this.miner.mine(q, qLabels, memory, memoryLabels) : allPairsIndices(qLabels, memoryLabels);
      if (mask === undefined) tuple = withoutSelfComparisons(tuple, positions, this.memorySize);
      if (given !== undefined) tuple = concatenated(tuple, given);
      return this.loss.forward(q, qLabels, tuple, memory, memoryLabels);
    });
  }
}

/**
 * pml's `remove_self_comparisons`: drops the positive pairs (and triplets) whose positive is the
 * anchor's own copy in the memory, by pml's arithmetic on the batch's queue positions.
 */
function withoutSelfComparisons(tuple: IndicesTuple, positions: number[], memorySize: number): IndicesTuple {
  const s = positions[0], e = positions[positions.length - 1];
  const inBatch = new Set(positions);
  const anchors = (isPairTuple(tuple) ? tuple.a1 : tuple.a).dataSync();
  const positives = tuple.p.dataSync();
  const keep: number[] = [];
  anchors.forEach((a, k) => {
    const p = positives[k];
    if (!inBatch.has(p)) return void keep.push(k);
    let pc = p - s;
    if (e <= s && pc <= e - s) pc += memorySize;
    if (a !== pc) keep.push(k);
  });
  const pick = (t: tf.Tensor1D) => {
    const values = t.dataSync();
    return i32(keep.map((k) => values[k]));
  };
  return isPairTuple(tuple) ? { a1: pick(tuple.a1), p: pick(tuple.p), a2: tuple.a2, n: tuple.n } : { a: pick(tuple.a), p: pick(tuple.p), n: pick(tuple.n) };
}

/** Two tuples joined, the second converted to the first's kind (pml's `concatenate_indices_tuples`). */
function concatenated(first: IndicesTuple, second: IndicesTuple): IndicesTuple {
  if (isPairTuple(first)) {
    const s = isPairTuple(second) ? second : tripletsToPairs(second);
    return { a1: tf.concat([first.a1, s.a1]), p: tf.concat([first.p, s.p]), a2: tf.concat([first.a2, s.a2]), n: tf.concat([first.n, s.n]) };
  }
  const s = isPairTuple(second) ? pairsToTriplets(second) : second;
  return { a: tf.concat([first.a, s.a]), p: tf.concat([first.p, s.p]), n: tf.concat([first.n, s.n]) };
}
