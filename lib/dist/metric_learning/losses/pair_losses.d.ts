import { type LossTerm } from "../../reducers/reducers";
import { MetricLossFunction, type LossBatch, type MetricLossOptions } from "./base";
export interface ContrastiveLossSettings extends MetricLossOptions {
    /** Positive pairs pay beyond this (default 0). */
    posMargin?: number;
    /** Negative pairs pay inside this (default 1). */
    negMargin?: number;
}
export declare class ContrastiveLoss extends MetricLossFunction {
    readonly posMargin: number;
    readonly negMargin: number;
    constructor(options?: ContrastiveLossSettings);
    protected terms(batch: LossBatch): LossTerm[];
}
export interface MultiSimilarityLossSettings extends MetricLossOptions {
    /** Weight of positive pairs in the exponent (default 2). */
    alpha?: number;
    /** Weight of negative pairs in the exponent (default 50). */
    beta?: number;
    /** The similarity both are measured from (default 0.5). */
    base?: number;
}
export declare class MultiSimilarityLoss extends MetricLossFunction {
    readonly alpha: number;
    readonly beta: number;
    readonly base: number;
    constructor(options?: MultiSimilarityLossSettings);
    protected terms(batch: LossBatch): LossTerm[];
}
export interface CircleLossSettings extends MetricLossOptions {
    /** The relaxation m (default 0.4). */
    m?: number;
    /** The scale γ (default 80). */
    gamma?: number;
}
export declare class CircleLoss extends MetricLossFunction {
    readonly m: number;
    readonly gamma: number;
    constructor(options?: CircleLossSettings);
    protected terms(batch: LossBatch): LossTerm[];
}
export interface TemperatureSettings extends MetricLossOptions {
    /** τ > 0. */
    temperature?: number;
}
export declare class NTXentLoss extends MetricLossFunction {
    readonly temperature: number;
    constructor(options?: TemperatureSettings);
    protected terms(batch: LossBatch): LossTerm[];
}
export declare class SupConLoss extends MetricLossFunction {
    readonly temperature: number;
    constructor(options?: TemperatureSettings);
    protected terms(batch: LossBatch): LossTerm[];
}
//# sourceMappingURL=pair_losses.d.ts.map