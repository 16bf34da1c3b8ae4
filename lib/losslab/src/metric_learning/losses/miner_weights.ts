import * as tf from "../../tf";
import { isPairTuple, type IndicesTuple } from "../../miners/indices_tuple";

/**
 * pml's `convert_to_weights(indices_tuple, labels, using_ref)`: per sample of the batch, how often a
 * miner's tuple lists it, over the largest such count; all 1 without a tuple (or an empty one). With
 * `anchorsOnly` (pml's `using_ref`: the references are another set, here class proxies) only the
 * anchors (a, or a1 and a2) are counted.
 */
export function tupleWeights(tuple: IndicesTuple | undefined, n: number, anchorsOnly: boolean): tf.Tensor1D {
  return tf.tidy(() => {
    if (tuple === undefined || Object.values(tuple).every((x: tf.Tensor) => x.shape[0] === 0)) return tf.ones([n]) as tf.Tensor1D;
    const lists: tf.Tensor1D[] = anchorsOnly ? (isPairTuple(tuple) ? [tuple.a1, tuple.a2] : [tuple.a]) : (Object.values(tuple) as tf.Tensor1D[]);
    const all = tf.concat(lists);
    if (all.shape[0] === 0) return tf.zeros([n]) as tf.Tensor1D;
    const counts = tf.sum(tf.oneHot(all, n), 0);
    return tf.div(tf.cast(counts, "float32"), tf.max(counts)) as tf.Tensor1D;
  });
}
