// Plain float64 loops over the papers' formulas, independent of pml's code and of tensors: the
// reference the metric-learning losses are checked against besides pml's own values.
type M = number[][];

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
const unit = (a: number[]) => {
  const n = Math.max(Math.hypot(...a), 1e-12);
  return a.map((x) => x / n);
};
export const cosine = (a: number[], b: number[]) => dot(unit(a), unit(b));
export const l2OfUnit = (a: number[], b: number[]) => Math.hypot(...unit(a).map((x, i) => x - unit(b)[i]));
const relu = (x: number) => Math.max(x, 0);
const softplus = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));
const lse = (xs: number[]) => {
  const m = Math.max(...xs);
  return m + Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0));
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const avgNonZero = (xs: number[]) => mean(xs.filter((x) => x > 0));
const others = (n: number, i: number, keep: (j: number) => boolean) => [...Array(n).keys()].filter((j) => j !== i && keep(j));

export function contrastive(e: M, y: number[], posMargin = 0, negMargin = 1): number {
  const pos: number[] = [], neg: number[] = [];
  e.forEach((a, i) => e.forEach((b, j) => {
    if (i === j) return;
    const d = l2OfUnit(a, b);
    if (y[i] === y[j]) pos.push(relu(d - posMargin));
    else neg.push(relu(negMargin - d));
  }));
  return avgNonZero(pos) + avgNonZero(neg);
}

export function triplet(e: M, y: number[], margin = 0.05): number {
  const losses: number[] = [];
  e.forEach((a, i) => others(e.length, i, (j) => y[j] === y[i]).forEach((p) =>
    others(e.length, i, (k) => y[k] !== y[i]).forEach((n) => losses.push(relu(l2OfUnit(a, e[p]) - l2OfUnit(a, e[n]) + margin)))));
  return avgNonZero(losses);
}

export function multiSimilarity(e: M, y: number[], alpha = 2, beta = 50, base = 0.5): number {
  return mean(e.map((a, i) => {
    const pos = others(e.length, i, (j) => y[j] === y[i]).map((j) => -alpha * (cosine(a, e[j]) - base));
    const neg = others(e.length, i, (j) => y[j] !== y[i]).map((j) => beta * (cosine(a, e[j]) - base));
    return (pos.length ? lse([0, ...pos]) / alpha : 0) + (neg.length ? lse([0, ...neg]) / beta : 0);
  }));
}

export function circle(e: M, y: number[], m = 0.4, gamma = 80): number {
  return avgNonZero(e.map((a, i) => {
    const sp = others(e.length, i, (j) => y[j] === y[i]).map((j) => cosine(a, e[j]));
    const sn = others(e.length, i, (j) => y[j] !== y[i]).map((j) => cosine(a, e[j]));
    if (!sp.length || !sn.length) return 0;
    return softplus(lse(sp.map((s) => -gamma * relu(1 + m - s) * (s - 1 + m))) + lse(sn.map((s) => gamma * relu(s + m) * (s - m))));
  }));
}

export function ntXent(e: M, y: number[], temperature = 0.07): number {
  const losses: number[] = [];
  e.forEach((a, i) => {
    const neg = others(e.length, i, (j) => y[j] !== y[i]).map((j) => cosine(a, e[j]) / temperature);
    others(e.length, i, (j) => y[j] === y[i]).forEach((p) => {
      const s = cosine(a, e[p]) / temperature;
      losses.push(lse([s, ...neg]) - s);
    });
  });
  return mean(losses);
}

export function supCon(e: M, y: number[], temperature = 0.1): number {
  return avgNonZero(e.map((a, i) => {
    const pos = others(e.length, i, (j) => y[j] === y[i]);
    if (!pos.length) return 0;
    const all = others(e.length, i, () => true).map((j) => cosine(a, e[j]) / temperature);
    return -mean(pos.map((p) => cosine(a, e[p]) / temperature - lse(all)));
  }));
}

export function proxyAnchor(e: M, y: number[], proxies: M, margin = 0.1, alpha = 32): number {
  const classes = proxies.length;
  const present = new Set(y);
  let pos = 0, neg = 0;
  for (let c = 0; c < classes; c++) {
    const sims = e.map((x) => cosine(x, proxies[c]));
    const p = sims.filter((_, i) => y[i] === c).map((s) => -alpha * (s - margin));
    const n = sims.filter((_, i) => y[i] !== c).map((s) => alpha * (s + margin));
    if (p.length) pos += Math.log1p(p.reduce((t, v) => t + Math.exp(v), 0));
    if (n.length) neg += Math.log1p(n.reduce((t, v) => t + Math.exp(v), 0));
  }
  return pos / present.size + neg / classes;
}

/** W is [d, C·K]; degrees as pml. */
export function subCenterArcFace(e: M, y: number[], W: M, classes: number, k: number, marginDegrees = 28.6, scale = 64): number {
  const m = (marginDegrees * Math.PI) / 180;
  const column = (c: number) => W.map((row) => row[c]);
  return mean(e.map((x, i) => {
    const cos = [...Array(classes).keys()].map((c) => Math.max(...[...Array(k).keys()].map((s) => cosine(x, column(c * k + s)))));
    const theta = Math.acos(Math.min(1, Math.max(-1, cos[y[i]])));
    const target = theta <= Math.PI - m ? Math.cos(theta + m) : cos[y[i]] - m * Math.sin(m);
    const logits = cos.map((c, j) => scale * (j === y[i] ? target : c));
    return lse(logits) - logits[y[i]];
  }));
}
