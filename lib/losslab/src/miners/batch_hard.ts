/**
 * Batch-hard mining (Hermans, Beyer & Leibe 2017): for each anchor, its farthest positive and its
 * closest negative in the batch, one triplet per anchor.
 */
import { prepareBatch, TripletList } from "./prepare";
import type { MinedTriplets, MinerOptions } from "./types";

/**
 * One triplet (a, hardest positive, hardest negative) for every anchor a that has both a positive and a
 * negative in the batch; ties go to the lowest index. `candidates` is the number of rows of the batch.
 */
export function mineBatchHard(options: MinerOptions): MinedTriplets {
  const { n, labels: y, dist } = prepareBatch("mineBatchHard", options);
  const out = new TripletList();
  for (let a = 0; a < n; a++) {
    let hardestPositive = -1;
    let hardestNegative = -1;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      const d = dist[a * n + j];
      if (y[j] === y[a]) {
        if (hardestPositive < 0 || d > dist[a * n + hardestPositive]) hardestPositive = j;
      } else if (hardestNegative < 0 || d < dist[a * n + hardestNegative]) {
        hardestNegative = j;
      }
    }
    if (hardestPositive >= 0 && hardestNegative >= 0) out.push(a, hardestPositive, hardestNegative);
  }
  return { ...out.toIndices(), candidates: n };
}
