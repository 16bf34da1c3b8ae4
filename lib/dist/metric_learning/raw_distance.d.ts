/**
 * `pointDistance` without its checks, for loops over points already checked (the metric axioms, the
 * per-epoch statistics of `trainEmbedding`). Internal: not exported from the package.
 */
import type { PointDistanceName } from "./axioms";
export declare function rawPointDistance(name: PointDistanceName, a: ArrayLike<number>, b: ArrayLike<number>): number;
//# sourceMappingURL=raw_distance.d.ts.map