/**
 * How precise a measured error rate is: with n test samples and error rate p, the binomial standard
 * error √(p(1 − p)/n). On 2,000 test digits an error of 5 % is known to about ±0.5 %, so two runs
 * 0.3 % apart are not told apart; on 10,000 digits an error of 0.4 % is known to about ±0.06 %.
 */
import { checkInteger, checkRange } from "losslab/internal";

/** √(p(1 − p)/n) for an error (or accuracy) rate p measured on n samples. */
export function rateStandardError(rate: number, n: number): number {
  const p = checkRange("rateStandardError", "rate", rate, { min: 0, max: 1 });
  return Math.sqrt((p * (1 - p)) / checkInteger("rateStandardError", "n", n, { min: 1 }));
}
