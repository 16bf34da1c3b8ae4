/**
 * Losses with learned class vectors, pytorch-metric-learning's conventions:
 *
 * - `ProxyAnchorLoss({ numClasses, embeddingSize, margin = 0.1, alpha = 32 })` (Kim et al. 2020): one
 *   proxy per class, a `tf.Variable` [C, d] (`proxies`; pml's Kaiming-normal start, std √(2/C), seeded,
 *   or the values given). With s = cos(x, proxy):
 *   (1/|C⁺|)·Σ_{c ∈ C⁺} log(1 + Σ_{x of c} e^{−α(s − margin)}) + (1/C)·Σ_c log(1 + Σ_{x not of c} e^{α(s + margin)}),
 *   C⁺ the classes present in the batch. A miner's tuple weights each sample by how often it is
 *   listed (w = count / max count), added to the exponents as w − 1 (pml).
 * - `SubCenterArcFaceLoss({ numClasses, embeddingSize, subCenters = 3, margin = 28.6, scale = 64 })`
 *   (Deng et al. 2020): `W` [d, C·K] a `tf.Variable` (standard normal start, seeded, or the values
 *   given; column c·K + k is sub-centre k of class c); a sample's cosine to a class is its largest to
 *   the class's sub-centres; ArcFace's target logit cos(θ + m) (m in degrees, as pml), or
 *   cos θ − m·sin m past θ = π − m, all times `scale`; softmax cross-entropy, mean over the batch.
 *
 * Labels are class indices 0 … C − 1.
 */
import * as tf from "@tensorflow/tfjs";
import { type LossTerm, type Reducer } from "../../reducers/reducers";
import { type OptionNames, type TensorInput } from "../../validation";
import { MetricLossFunction, type LossBatch, type MetricLossOptions } from "./base";
interface ClassVectorSettings extends MetricLossOptions {
    numClasses: number;
    embeddingSize: number;
    /** Seed of the random start (default 0). */
    seed?: number;
}
/**
 * A loss with a trainable class-vector variable: checks numClasses, embeddingSize and seed, refuses
 * embeddings of another size and labels outside 0 … C − 1, and keeps the zero loss connected to it.
 */
declare abstract class ClassVectorLoss extends MetricLossFunction {
    readonly numClasses: number;
    readonly embeddingSize: number;
    protected readonly seed: number;
    protected constructor(fn: string, options: ClassVectorSettings, names: OptionNames, defaultReducer: () => Reducer);
    /** The trainable class vectors. */
    protected abstract classVectors(): tf.Variable;
    protected checkBatch(batch: LossBatch): void;
    protected parameters(): tf.Tensor[];
}
export interface ProxyAnchorLossSettings extends ClassVectorSettings {
    /** δ (default 0.1). */
    margin?: number;
    /** α (default 32). */
    alpha?: number;
    /** Starting proxies [numClasses, embeddingSize] (default: seeded Kaiming normal). */
    proxies?: TensorInput;
}
export declare class ProxyAnchorLoss extends ClassVectorLoss {
    readonly margin: number;
    readonly alpha: number;
    /** The proxies [C, d], trainable. */
    readonly proxies: tf.Variable;
    constructor(options: ProxyAnchorLossSettings);
    protected classVectors(): tf.Variable;
    protected terms(batch: LossBatch): LossTerm[];
}
export interface SubCenterArcFaceLossSettings extends ClassVectorSettings {
    /** Sub-centres per class K (default 3). */
    subCenters?: number;
    /** Additive angular margin in degrees (default 28.6, pml's; 0.5 rad). */
    margin?: number;
    /** Scale s (default 64). */
    scale?: number;
    /** Starting weights [embeddingSize, numClasses · subCenters] (default: seeded standard normal). */
    weights?: TensorInput;
}
export declare class SubCenterArcFaceLoss extends ClassVectorLoss {
    readonly subCenters: number;
    /** The margin in radians. */
    readonly marginRadians: number;
    readonly scale: number;
    /** W [d, C·K], trainable. */
    readonly W: tf.Variable;
    constructor(options: SubCenterArcFaceLossSettings);
    protected classVectors(): tf.Variable;
    protected terms(batch: LossBatch): LossTerm[];
}
export {};
//# sourceMappingURL=proxy_losses.d.ts.map