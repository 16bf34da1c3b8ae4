/**
 * What miners return and losses take: rows of a batch, pytorch-metric-learning's "indices tuple".
 * A miner only chooses; the loss computes on what was chosen, so any miner works with any loss.
 */
import type { Rng } from "../random/rng";
import type { DistanceName } from "../distances/distance";
import type { TensorInput } from "../validation";

/** Triplets (anchors[k], positives[k], negatives[k]): same class for anchor and positive, another for the negative. */
export interface TripletIndices {
  anchors: Int32Array;
  positives: Int32Array;
  negatives: Int32Array;
}

/** What a triplet miner found, and out of how many candidates (triplets, anchors or pairs it looked at). */
export interface MinedTriplets extends TripletIndices {
  /** Number of candidates examined: its unit is the miner's (see each miner). */
  candidates: number;
}

/** Pairs of rows (first[k], second[k]). */
export interface PairIndices {
  first: Int32Array;
  second: Int32Array;
}

/** A batch of embeddings with their class labels: what miners, batch losses and pair scoring take. */
export interface LabelledBatch {
  /** The batch's embeddings [N, d]. */
  embeddings: TensorInput;
  /** Class labels, one per row (any integers). */
  labels: TensorInput | Int32Array;
}

/** The arguments every embedding-based triplet miner takes (mining reads the embeddings, it is not differentiated). */
export interface MinerOptions extends LabelledBatch {
  /** The distance D the loss uses. Default "squaredEuclidean" (D(A, P) = ‖x_a − x_p‖², FaceNet's). */
  distance?: DistanceName;
}

/** A seed, or a generator to draw from (pass the same `Rng` to get new draws on every call). */
export type SeedOrRng = number | Rng;

/**
 * Default triplet margin α = 0.2, FaceNet's (Schroff et al. 2015, on unit-length embeddings with
 * squared distances). 
 */
export const DEFAULT_TRIPLET_MARGIN = 0.2;

/**
 * The most pairs or triplets a sampler draws in one call (`samplePairs`, `mineRandomTriplets`): ten
 * million, some 100–300 MB of indices. A larger count is refused rather than exhausting the heap.
 */
export const MAX_DRAWS = 10_000_000;
