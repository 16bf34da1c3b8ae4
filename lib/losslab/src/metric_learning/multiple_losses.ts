import * as tf from "../tf";
import { BaseMiner } from "../miners/base_miner";
import { TripletMarginMiner } from "../miners/triplet_margin_miner";
import type { IndicesTupleInput } from "../miners/indices_tuple";
import { InputTypeError, ValueError, checkNumber, checkOptions, describe, toEmbeddings, type TensorInput } from "../validation";
import { MetricLossFunction } from "./losses/base";

/** A miner a loss can be paired with: pml's miners here (`BaseMiner` subclasses) and `TripletMarginMiner`. */
export type AnyMiner = BaseMiner | TripletMarginMiner;

export interface MultipleLossesOptions {
  /** The losses, as a list or by name. */
  losses: MetricLossFunction[] | Record<string, MetricLossFunction>;
  /** A miner for some of the losses: a list as long as `losses` (null: none), or by name (a subset of the names). */
  miners?: (AnyMiner | null)[] | Record<string, AnyMiner>;
  /** Each loss's weight: a list as long as `losses`, or by name (every name); default 1 each. */
  weights?: number[] | Record<string, number>;
}

/**
 * pytorch-metric-learning's `MultipleLosses({ losses, miners?, weights? })`, following pml 2.9.0: the
 * weighted sum Σ_i w_i · loss_i(embeddings, labels, tuple_i), where tuple_i is loss i's miner's tuple
 * on the batch when it has a miner, else the `indicesTuple` given to `forward` (refused together with
 * miners, as in pml). Losses, miners and weights as lists (same length) or by name (weights for every
 * name, miners for some).
 */
export class MultipleLosses {
  private readonly entries: { key: string; loss: MetricLossFunction; miner?: AnyMiner; weight: number }[];
  readonly hasMiners: boolean;

  constructor(options: MultipleLossesOptions) {
    const fn = "MultipleLosses";
    checkOptions(fn, options, ["losses", "miners?", "weights?"]);
    const { losses, miners, weights } = options;
    const isList = Array.isArray(losses);
    if (losses === null || typeof losses !== "object") throw new InputTypeError(fn, "losses", "a list of losses or an object of losses by name", describe(losses));
    const keys = isList ? losses.map((_, i) => String(i)) : Object.keys(losses);
    if (keys.length === 0) throw new ValueError(fn, "losses", "at least one loss", "none");
    const lossAt = (k: string) => (losses as Record<string, unknown>)[k];
    keys.forEach((k) => {
      if (!(lossAt(k) instanceof MetricLossFunction)) throw new InputTypeError(fn, `losses[${isList ? k : JSON.stringify(k)}]`, "a metric loss (new ContrastiveLoss(), …)", describe(lossAt(k)));
    });
    const byKey = (arg: string, value: unknown, allKeys: boolean): Record<string, unknown> => {
      if (value === undefined) return {};
      if (isList) {
        if (!Array.isArray(value) || value.length !== keys.length) throw new ValueError(fn, arg, `a list of ${keys.length} entries, one per loss`, describe(value));
        return Object.fromEntries(value.map((v, i) => [String(i), v]));
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InputTypeError(fn, arg, "an object by loss name, as 'losses' is", describe(value));
      const names = Object.keys(value);
      const unknown = names.find((k) => !keys.includes(k));
      if (unknown !== undefined) throw new ValueError(fn, arg, `names among the losses' { ${keys.join(", ")} }`, `'${unknown}'`);
      if (allKeys && names.length !== keys.length) throw new ValueError(fn, arg, `a weight for every loss { ${keys.join(", ")} }`, `{ ${names.join(", ")} }`);
      return value as Record<string, unknown>;
    };
    const minerOf = byKey("miners", miners, false);
    const weightOf = byKey("weights", weights, true);
    this.entries = keys.map((k) => {
      const label = isList ? `[${k}]` : `.${k}`;
      const miner = minerOf[k];
      if (miner !== undefined && miner !== null && !(miner instanceof BaseMiner || miner instanceof TripletMarginMiner)) throw new InputTypeError(fn, `miners${label}`, "a miner or null", describe(miner));
      const weight = weightOf[k] === undefined ? 1 : checkNumber(fn, `weights${label}`, weightOf[k]);
      return { key: k, loss: lossAt(k) as MetricLossFunction, miner: (miner ?? undefined) as AnyMiner | undefined, weight };
    });
    this.hasMiners = this.entries.some((e) => e.miner !== undefined);
  }

  /** Σ w_i · loss_i on the batch (see the class comment). */
  forward(embeddings: TensorInput, labels: TensorInput | Int32Array, indicesTuple?: IndicesTupleInput): tf.Scalar {
    const fn = "MultipleLosses.forward";
    if (this.hasMiners && indicesTuple !== undefined) throw new ValueError(fn, "indicesTuple", "none when the losses have miners (pml)", "an indices tuple");
    return tf.tidy(() => {
      const e = toEmbeddings(fn, "embeddings", embeddings);
      const terms = this.entries.map(({ loss, miner, weight }) => {
        const tuple = miner === undefined ? indicesTuple : miner.mine(e, labels);
        return tf.mul(loss.forward(e, labels, tuple), weight) as tf.Scalar;
      });
      return (terms.length === 1 ? terms[0] : tf.addN(terms)) as tf.Scalar;
    });
  }
}
