/**
 * A trained Siamese network used as a binary classifier ("Siamese networks as binary
 * classification": input a pair, output 0 for similar, 1 else). The network gives a distance d for
 * each pair; a logistic regression on d turns it into a probability that the pair is different,
 *
 *   P(y = 1 | d) = σ(w·d + b),      y = 0 similar (Hadsell's convention), y = 1 different,
 *
 * fitted by maximum likelihood on labelled calibration pairs (Newton's method on the binary
 * cross-entropy; the log-likelihood of a logistic regression is concave, so it converges in a few
 * steps). Its decision "different when P > ½" is the threshold rule d > t with t = −b/w, so the
 * classifier adds a calibrated probability to the threshold rule, not a new decision. A small
 * ridge term (`l2`, on the weight of the standardised distance, so the unit of d does not matter) keeps w finite when the calibration pairs are perfectly separated.
 */
import { checkNumberArray, checkOptions, checkRange, checkSameCount, ValueError, describe } from "../validation";

export interface SiameseClassifier {
  /** Weight of d in the logit w·d + b (positive when larger distances mean "different"). */
  w: number;
  b: number;
  /** The distance where P(different) = ½: −b/w. */
  threshold: number;
  /** Newton steps taken. */
  iterations: number;
  /** Mean binary cross-entropy on the calibration pairs at the fit. */
  loss: number;
}

export interface FitSiameseClassifierOptions {
  /** Distance of each calibration pair. */
  distances: ArrayLike<number>;
  /** 1 for a pair of different classes, 0 for a pair of the same class (Hadsell's convention). */
  different: ArrayLike<number>;
  /** Ridge penalty ½·l2·a² on the weight a = w·sd(d) of the standardised distance (not on b). @default 1e-6 */
  l2?: number;
  /** @default 50 */
  maxIterations?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** Binary cross-entropy of one pair from its logit, stable for large |z|: softplus(z) − y·z. */
const pairLoss = (z: number, y: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;

function readLabels(fn: string, value: unknown): number[] {
  const y = checkNumberArray(fn, "different", value, { minLength: 2 });
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new ValueError(fn, "different", "labels 0 (same class) or 1 (different classes)", `${describe(v)} at index [${i}]`);
  });
  if (!y.includes(0) || !y.includes(1)) throw new ValueError(fn, "different", "both kinds of pairs, some 0 (same) and some 1 (different)", `only ${y[0]}s`);
  return y;
}

/** Fits P(different | d) = σ(w·d + b) on calibration pairs; see the module comment. */
export function fitSiameseClassifier(options: FitSiameseClassifierOptions): SiameseClassifier {
  const fn = "fitSiameseClassifier";
  checkOptions(fn, options, ["distances", "different", "l2?", "maxIterations?"]);
  const d = checkNumberArray(fn, "distances", options.distances, { minLength: 2 });
  const y = readLabels(fn, options.different);
  checkSameCount(fn, "distances", d, "different", y);
  const l2 = checkRange(fn, "l2", options.l2 ?? 1e-6, { min: 0 });
  const maxIterations = checkRange(fn, "maxIterations", options.maxIterations ?? 50, { min: 1 });
  // centre and scale d so that Newton's steps are well conditioned; map back at the end
  const n = d.length;
  const mean = d.reduce((s, v) => s + v, 0) / n;
  const scale = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
  const u = d.map((v) => (v - mean) / scale);
  const ridge = l2; // on the standardised weight a = w·sd(d): the fit does not depend on the unit of d
  let [a, b] = [0, 0];
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let [ga, gb, haa, hab, hbb] = [ridge * a, 0, ridge, 0, 0];
    for (let i = 0; i < n; i++) {
      const p = sigmoid(a * u[i] + b);
      const r = p - y[i];
      const h = p * (1 - p);
      ga += r * u[i];
      gb += r;
      haa += h * u[i] * u[i];
      hab += h * u[i];
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) {
      iterations++;
      break;
    }
  }
  const w = a / scale;
  const bias = b - (a * mean) / scale;
  const loss = d.reduce((s, v, i) => s + pairLoss(w * v + bias, y[i]), 0) / n;
  return { w, b: bias, threshold: w !== 0 ? -bias / w : NaN, iterations, loss };
}

/** P(different) of each pair from its distance. */
export function siameseProbabilities(model: SiameseClassifier, distances: ArrayLike<number>): number[] {
  const d = checkNumberArray("siameseProbabilities", "distances", distances);
  return d.map((v) => sigmoid(model.w * v + model.b));
}

export interface SiameseEvaluation {
  /** Share of pairs whose label 1 − [P < ½] is right. */
  accuracy: number;
  /** Mean binary cross-entropy of the probabilities (lower: better calibrated and sharper). */
  loss: number;
}

/** Accuracy and mean binary cross-entropy of the classifier on labelled pairs. */
export function evaluateSiameseClassifier(model: SiameseClassifier, distances: ArrayLike<number>, different: ArrayLike<number>): SiameseEvaluation {
  const fn = "evaluateSiameseClassifier";
  const d = checkNumberArray(fn, "distances", distances, { minLength: 1 });
  const y = checkNumberArray(fn, "different", different, { minLength: 1 });
  checkSameCount(fn, "distances", d, "different", y);
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new ValueError(fn, "different", "labels 0 (same class) or 1 (different classes)", `${describe(v)} at index [${i}]`);
  });
  let [right, loss] = [0, 0];
  d.forEach((v, i) => {
    const z = model.w * v + model.b;
    if ((z > 0 ? 1 : 0) === y[i]) right++;
    loss += pairLoss(z, y[i]);
  });
  return { accuracy: right / d.length, loss: loss / d.length };
}
