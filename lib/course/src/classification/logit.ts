/**
 * The logit, the inverse of the sigmoid: z = ln(p / (1 − p)), so that σ(z) = p. It turns a probability
 * into the score a model must output to predict it (lessons 02 and 03 put the worked example ŷ = 0.1
 * and the focal loss curves on the logit axis this way). Computed as ln p − ln(1 − p) with log1p, exact
 * near 0 and 1; p = 0 and p = 1 give −Infinity and Infinity.
 */
import { checkRange } from "losslab/internal";

/** z = ln(p / (1 − p)) for a probability p in [0, 1]. */
export function logit(p: number): number {
  const q = checkRange("logit", "p", p, { min: 0, max: 1 });
  return Math.log(q) - Math.log1p(-q);
}
