/**
 * Checks shared by the metric-learning pieces (distances, contrastive and triplet losses, miners,
 * verification): embeddings as an [N, d] matrix, class labels one per row, index lists into a batch.
 * Same rules as `checks.ts`: the error names the function and the argument, one error type per kind.
 */
import * as tf from "@tensorflow/tfjs";
/**
 * A float32 matrix of embeddings, one row per sample: [N, d] with d ≥ 1 and finite values (N may be
 * 0: an empty batch gives empty results, and a loss over it a differentiable zero). A float32 tensor
 * passed in is returned as it is; anything else is converted (the caller owns the result then).
 */
export declare function toEmbeddings(fn: string, arg: string, value: unknown): tf.Tensor2D;
/** Two embedding matrices with the same number of rows and the same dimension d. */
export declare function checkPairedEmbeddings(fn: string, argA: string, a: tf.Tensor, argB: string, b: tf.Tensor): void;
/**
 * Class labels (any integers, one per sample) as an Int32Array; with `n`, exactly n of them
 * (one per row of the embeddings named `rowsOf`).
 */
export declare function toLabels(fn: string, arg: string, value: unknown, n?: number, rowsOf?: string): Int32Array;
/** Row indices into a batch of n rows: integers in [0, n). */
export declare function toIndices(fn: string, arg: string, value: unknown, n: number): Int32Array;
/** Lists that must be as long as each other (the three index lists of triplets, scores and labels). */
export declare function checkSameCount(fn: string, argA: string, a: ArrayLike<unknown>, argB: string, b: ArrayLike<unknown>): void;
//# sourceMappingURL=metric_checks.d.ts.map