import { LpDistance, type DistanceMeasure } from "../distances/measures";
import { InputTypeError, checkRange, describe } from "../validation";
import { BaseMiner, isNegative, isPositive, tripletTupleFrom, type MinedEmbeddings, type MinerBatch } from "./base_miner";
import type { IndicesTuple } from "./indices_tuple";

export interface AngularMinerOptions {
  /** The angle threshold in degrees (default 20), in [0, 90]. */
  angle?: number;
  /** Only `new LpDistance()` (the default) is accepted, as in pml. */
  distance?: DistanceMeasure;
}

/** PyTorch's `F.pairwise_distance` ε, added to every coordinate of the difference. */
const PAIRWISE_EPSILON = 1e-6;

/** Refuses any measure but `LpDistance()` with power 1 on normalised embeddings (pml's `assert_distance_type`). */
export function checkUnitLpDistance(fn: string, distance: DistanceMeasure): void {
  if (!(distance instanceof LpDistance) || distance.power !== 1 || !distance.normalizeEmbeddings) {
    throw new InputTypeError(fn, "distance", "new LpDistance() (power 1, normalised embeddings), as pml requires", describe(distance.name));
  }
}

/**
 * pytorch-metric-learning's `AngularMiner({ angle = 20 })` (Wang et al. 2017, "Deep metric learning
 * with angular loss"), following pml 2.9.0: of every valid triplet (a, p, n), those whose angle at
 * the negative, atan(‖a − p‖ / (2‖n − c‖)) with c = (a + p)/2, exceeds `angle` (degrees). As in pml
 * 2.9.0 the two lengths are taken on the embeddings as given (its `pairwise_distance` does not
 * normalise), each with PyTorch's `pairwise_distance` ε = 1e-6 added to the difference. The distance
 * must be the default `LpDistance()` (pml's assertion). Triplets ordered by a, p, n.
 */
export class AngularMiner extends BaseMiner {
  /** The threshold in degrees. */
  readonly angle: number;

  constructor(options: AngularMinerOptions = {}) {
    super("AngularMiner", options, ["angle?"], () => new LpDistance());
    checkUnitLpDistance(this.fn, this.distance);
    this.angle = checkRange(this.fn, "angle", options.angle ?? 20, { min: 0, max: 90 });
  }

  protected override needsEmbeddings(): boolean {
    return true;
  }

  protected select(b: MinerBatch, e: MinedEmbeddings): IndicesTuple {
    const { d, query, ref } = e;
    const threshold = (this.angle * Math.PI) / 180;
    const centre = new Float64Array(d);
    const a: number[] = [], p: number[] = [], n: number[] = [];
    for (let i = 0; i < b.n; i++) {
      for (let j = 0; j < b.m; j++) {
        if (!isPositive(b, i, j)) continue;
        // ‖a − p + ε‖ and the centre (a + p)/2, each coordinate as PyTorch's pairwise_distance adds ε
        let ap = 0;
        for (let k = 0; k < d; k++) {
          const x = query[i * d + k], y = ref[j * d + k];
          ap += (x - y + PAIRWISE_EPSILON) ** 2;
          centre[k] = (x + y) / 2;
        }
        ap = Math.sqrt(ap);
        for (let l = 0; l < b.m; l++) {
          if (!isNegative(b, i, l)) continue;
          let nc = 0;
          for (let k = 0; k < d; k++) nc += (ref[l * d + k] - centre[k] + PAIRWISE_EPSILON) ** 2;
          // atan(x/0) is π/2 and 0/0 is NaN (never kept), as in PyTorch
          if (Math.atan(ap / (2 * Math.sqrt(nc))) > threshold) (a.push(i), p.push(j), n.push(l));
        }
      }
    }
    return tripletTupleFrom(a, p, n);
  }
}
