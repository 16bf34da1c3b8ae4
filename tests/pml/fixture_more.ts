// The reference values of tests/fixtures/pml/pml_reference_more.json (written by
// scripts/fixtures/pml_reference_more.py with pytorch-metric-learning 2.9.0): miners, losses and
// regularizers added after pml_reference.json.
import * as fs from "fs";
import * as path from "path";
import { tf, type IndicesTuple } from "losslab";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const pmlMore: any = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pml", "pml_reference_more.json"), "utf8"));

export interface MinerInput {
  embeddings: number[][];
  labels: number[];
  refEmbeddings?: number[][];
  refLabels?: number[];
}

/** A tuple's lists as number arrays, in pml's order ([a1, p, a2, n] or [a, p, n]); the tensors are disposed. */
export function tupleLists(t: IndicesTuple): number[][] {
  const lists = ("a1" in t ? [t.a1, t.p, t.a2, t.n] : [t.a, t.p, t.n]).map((x) => Array.from(x.dataSync()));
  tf.dispose(Object.values(t) as tf.Tensor[]);
  return lists;
}
