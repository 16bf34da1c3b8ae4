import { LpDistance, type DistanceMeasure } from "../distances/measures";
import { ValueError, checkNumberArray, checkOneOf, describe } from "../validation";
import { BaseMiner, isNegative, isPositive, pairTupleOf, tripletTupleFrom, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

export type BatchMiningStrategy = "hard" | "semihard" | "easy" | "all";
export const BATCH_MINING_STRATEGIES: readonly BatchMiningStrategy[] = ["hard", "semihard", "easy", "all"];

export interface BatchEasyHardMinerOptions {
  /** Default "easy". */
  posStrategy?: BatchMiningStrategy;
  /** Default "semihard". */
  negStrategy?: BatchMiningStrategy;
  /** [low, high]: positive pairs measured outside it are never chosen (default: all allowed). */
  allowedPosRange?: [number, number];
  /** [low, high]: negative pairs measured outside it are never chosen (default: all allowed). */
  allowedNegRange?: [number, number];
  /** Default `new LpDistance()` (normalised embeddings), pml's. */
  distance?: DistanceMeasure;
}

function checkRangePair(fn: string, arg: string, value: unknown): [number, number] | undefined {
  if (value === undefined) return undefined;
  const v = checkNumberArray(fn, arg, value);
  if (v.length !== 2 || !(v[0] <= v[1])) throw new ValueError(fn, arg, "a range [low, high] with low <= high", describe(value));
  return [v[0], v[1]];
}

/** Per row: the extreme allowed entry (value, index) and whether the row had any (pml's `get_x_per_row`). */
interface RowPicks {
  value: Float64Array;
  index: Int32Array;
  keep: Uint8Array;
}

/**
 * pytorch-metric-learning's `BatchEasyHardMiner({ posStrategy = "easy", negStrategy = "semihard",
 * allowedPosRange?, allowedNegRange? })` (Xuan et al. 2020, "Improved embeddings with easy positive
 * triplet mining") and `BatchHardMiner()` (Hermans et al. 2017), following pml 2.9.0.
 *
 * Per anchor, one positive and one negative, each by its strategy ("closer" in the measure's sense,
 * a smaller distance or a larger similarity):
 * - positives: "easy" the closest, "hard" the farthest, "semihard" the farthest that is still closer
 *   than the anchor's chosen negative, "all" every positive pair;
 * - negatives: "easy" the farthest, "hard" the closest, "semihard" the closest that is farther than
 *   the anchor's chosen positive, "all" every negative pair.
 * `allowedPosRange` / `allowedNegRange` [low, high] leave out pairs whose measure is outside it.
 * An anchor is kept only when both its picks exist. The result is a pair tuple (a, p, a, n), anchors
 * in order; with "all" on one side, that side's every pair. `BatchHardMiner` is "hard"/"hard" and
 * returns triplets (a, p, n). "semihard" on both sides, or with "all", is refused (pml).
 */
export class BatchEasyHardMiner extends BaseMiner {
  readonly posStrategy: BatchMiningStrategy;
  readonly negStrategy: BatchMiningStrategy;
  readonly allowedPosRange?: [number, number];
  readonly allowedNegRange?: [number, number];

  constructor(options: BatchEasyHardMinerOptions = {}, fn = "BatchEasyHardMiner") {
    super(fn, options, ["posStrategy?", "negStrategy?", "allowedPosRange?", "allowedNegRange?"], () => new LpDistance());
    this.posStrategy = checkOneOf(fn, "posStrategy", options.posStrategy ?? "easy", BATCH_MINING_STRATEGIES);
    this.negStrategy = checkOneOf(fn, "negStrategy", options.negStrategy ?? "semihard", BATCH_MINING_STRATEGIES);
    const both = [this.posStrategy, this.negStrategy];
    if (both[0] === "semihard" && both[1] === "semihard") {
      throw new ValueError(fn, "negStrategy", "not \"semihard\" when posStrategy is \"semihard\" (pml)", "\"semihard\"");
    }
    if (both.includes("semihard") && both.includes("all")) {
      throw new ValueError(fn, this.posStrategy === "all" ? "negStrategy" : "posStrategy", "not \"semihard\" together with \"all\" (pml)", "\"semihard\"");
    }
    this.allowedPosRange = checkRangePair(fn, "allowedPosRange", options.allowedPosRange);
    this.allowedNegRange = checkRangePair(fn, "allowedNegRange", options.allowedNegRange);
  }

  /** Whether a strategy picks the largest value of the matrix (else the smallest). */
  private picksMax(side: "pos" | "neg"): boolean {
    const s = side === "pos" ? this.posStrategy : this.negStrategy;
    // the farthest positive (hard, semihard) or negative (easy) is the largest distance, the smallest similarity
    const farthest = side === "pos" ? s !== "easy" : s === "easy";
    return farthest !== this.distance.isInverted;
  }

  private perRow(b: MinerBatch, side: "pos" | "neg", thresholds?: Float64Array): RowPicks {
    const max = this.picksMax(side);
    const range = side === "pos" ? this.allowedPosRange : this.allowedNegRange;
    const member = side === "pos" ? isPositive : isNegative;
    const out: RowPicks = { value: new Float64Array(b.n), index: new Int32Array(b.n), keep: new Uint8Array(b.n) };
    for (let i = 0; i < b.n; i++) {
      let best = max ? -Infinity : Infinity;
      let at = 0;
      for (let j = 0; j < b.m; j++) {
        const v = b.mat[i * b.m + j];
        if (!member(b, i, j)) continue;
        // semihard: strictly beyond the other side's pick; out of the allowed range: never
        if (thresholds !== undefined && (max ? v >= thresholds[i] : v <= thresholds[i])) continue;
        if (range !== undefined && (v > range[1] || v < range[0])) continue;
        out.keep[i] = 1;
        if (max ? v > best : v < best) {
          best = v;
          at = j;
        }
      }
      out.value[i] = best;
      out.index[i] = at;
    }
    return out;
  }

  /** Every positive (or negative) pair in row-major order. */
  private allPairs(b: MinerBatch, side: "pos" | "neg"): [number[], number[]] {
    const member = side === "pos" ? isPositive : isNegative;
    const a: number[] = [], o: number[] = [];
    for (let i = 0; i < b.n; i++) for (let j = 0; j < b.m; j++) if (member(b, i, j)) (a.push(i), o.push(j));
    return [a, o];
  }

  /** The anchors kept and their positive and negative picks (neither strategy "all"). */
  protected picks(b: MinerBatch): { a: number[]; p: number[]; n: number[] } {
    let pos: RowPicks, neg: RowPicks;
    if (this.posStrategy === "semihard") {
      neg = this.perRow(b, "neg");
      pos = this.perRow(b, "pos", neg.value);
    } else {
      pos = this.perRow(b, "pos");
      neg = this.perRow(b, "neg", this.negStrategy === "semihard" ? pos.value : undefined);
    }
    const a: number[] = [], p: number[] = [], n: number[] = [];
    for (let i = 0; i < b.n; i++) if (pos.keep[i] && neg.keep[i]) (a.push(i), p.push(pos.index[i]), n.push(neg.index[i]));
    return { a, p, n };
  }

  protected select(b: MinerBatch): IndicesTuple {
    const allPos = this.posStrategy === "all", allNeg = this.negStrategy === "all";
    if (!allPos && !allNeg) {
      const { a, p, n } = this.picks(b);
      return pairTupleOf(a, p, a, n);
    }
    const pickedSide = (side: "pos" | "neg"): [number[], number[]] => {
      const r = this.perRow(b, side);
      const a: number[] = [], o: number[] = [];
      for (let i = 0; i < b.n; i++) if (r.keep[i]) (a.push(i), o.push(r.index[i]));
      return [a, o];
    };
    const [a1, p] = allPos ? this.allPairs(b, "pos") : pickedSide("pos");
    const [a2, n] = allNeg ? this.allPairs(b, "neg") : pickedSide("neg");
    return pairTupleOf(a1, p, a2, n);
  }
}

export interface BatchHardMinerOptions {
  /** Default `new LpDistance()` (normalised embeddings), pml's. */
  distance?: DistanceMeasure;
}

/**
 * pml's `BatchHardMiner`: per anchor its farthest positive and closest negative, as triplets (a, p, n);
 * anchors without a positive or a negative are left out.
 */
export class BatchHardMiner extends BatchEasyHardMiner {
  constructor(options: BatchHardMinerOptions = {}) {
    const fn = "BatchHardMiner";
    // only 'distance' is accepted (the strategies are fixed): checked here, with this class's name
    BaseMiner.checkOwnOptions(fn, options, ["distance?"]);
    super({ ...options, posStrategy: "hard", negStrategy: "hard" }, fn);
  }

  protected override select(b: MinerBatch): IndicesTuple {
    const { a, p, n } = this.picks(b);
    return tripletTupleFrom(a, p, n);
  }
}
