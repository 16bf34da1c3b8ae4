/**
 * The contrastive loss is written in several ways; these helpers put them side by side, every value
 * computed by `contrastiveLoss`:
 *
 * - the notes: y = 0 for a similar pair, L = (1 − y)·d² + y·max(0, m² − d²) (margin on d²);
 * - Hadsell, Chopra & LeCun (2006): y = 0 similar, L = (1 − y)·½d² + y·½·max(0, m − d)² (margin on d);
 * - TensorFlow Addons' `contrastive_loss`: y = 1 for a SIMILAR pair, L = y·d² + (1 − y)·max(0, m − d)²,
 *   that is Hadsell's form doubled with the labels the other way round (`similarLabel: 1`).
 */
import { contrastiveLoss, type ContrastiveForm } from "losslab";
import { checkNumberArray, checkOptions, checkRange } from "losslab/internal";

/** Per-pair losses of pairs at distances `d`, all similar or all dissimilar. */
function lossesAt(d: number[], form: ContrastiveForm, margin: number, dissimilar: boolean, similarLabel: 0 | 1 = 0): number[] {
  const x1 = d.map((v) => [v, 0]);
  const x2 = d.map(() => [0, 0]);
  const label = dissimilar ? 1 - similarLabel : similarLabel;
  const t = contrastiveLoss({ x1, x2, y: d.map(() => label), margin, form, similarLabel, reduction: "none" });
  const out = Array.from(t.dataSync());
  t.dispose();
  return out;
}

export interface ContrastiveCurves {
  margin: number;
  distances: number[];
  /** The notes' d² and max(0, m² − d²). */
  notes: { similar: number[]; dissimilar: number[] };
  /** Hadsell's ½d² and ½·max(0, m − d)². */
  hadsell: { similar: number[]; dissimilar: number[] };
}

/** The loss of a similar and of a dissimilar pair against the distance d, in the notes' and Hadsell's forms. */
export function contrastiveCurves(options: { distances: number[]; margin?: number }): ContrastiveCurves {
  const fn = "contrastiveCurves";
  checkOptions(fn, options, ["distances", "margin?"]);
  const d = checkNumberArray(fn, "distances", options.distances, { minLength: 1 });
  const margin = checkRange(fn, "margin", options.margin ?? 1, { min: 0 });
  return {
    margin,
    distances: d,
    notes: { similar: lossesAt(d, "squared", margin, false), dissimilar: lossesAt(d, "squared", margin, true) },
    hadsell: { similar: lossesAt(d, "hadsell", margin, false), dissimilar: lossesAt(d, "hadsell", margin, true) },
  };
}

/**
 * One row per convention: the label a similar pair carries, and the loss of a similar and of a dissimilar
 * pair at each distance of `distances`. The last row is a mistake worth seeing: the notes' labels
 * (0 = similar) fed to a loss that reads 1 as similar, which pulls different digits together.
 */
export function contrastiveConventionRows(options: { distances: number[]; margin?: number }): Record<string, string | number>[] {
  const fn = "contrastiveConventionRows";
  checkOptions(fn, options, ["distances", "margin?"]);
  const d = checkNumberArray(fn, "distances", options.distances, { minLength: 1 });
  const margin = checkRange(fn, "margin", options.margin ?? 1, { min: 0 });
  const conventions: { name: string; label: string; form: ContrastiveForm; scale: number; similarLabel: 0 | 1; swapped?: boolean }[] = [
    { name: "the notes: (1 − y)·d² + y·max(0, m² − d²)", label: "y = 0", form: "squared", scale: 1, similarLabel: 0 },
    { name: "Hadsell et al. 2006: (1 − y)·½d² + y·½max(0, m − d)²", label: "y = 0", form: "hadsell", scale: 1, similarLabel: 0 },
    { name: "TensorFlow Addons: y·d² + (1 − y)·max(0, m − d)²", label: "y = 1", form: "hadsell", scale: 2, similarLabel: 1 },
    { name: "mistake: the notes' labels given to TensorFlow Addons' loss", label: "y = 0 (misread as dissimilar)", form: "hadsell", scale: 2, similarLabel: 1, swapped: true },
  ];
  return conventions.map((c) => {
    // a swapped row labels a similar pair 0, which this loss reads as dissimilar, and vice versa
    const similar = lossesAt(d, c.form, margin, c.swapped === true, c.similarLabel).map((v) => c.scale * v);
    const dissimilar = lossesAt(d, c.form, margin, c.swapped !== true, c.similarLabel).map((v) => c.scale * v);
    const row: Record<string, string | number> = { convention: c.name, "similar pair labelled": c.label };
    d.forEach((v, k) => (row[`similar pair, d = ${v}`] = similar[k]));
    d.forEach((v, k) => (row[`dissimilar pair, d = ${v}`] = dissimilar[k]));
    return row;
  });
}
