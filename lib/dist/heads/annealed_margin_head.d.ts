/**
 * L-Softmax and A-Softmax as their authors trained them: the target logit uses ψ(θ) (see `psiOfCos`),
 * blended with the plain logit by a λ that decays during training,
 *
 *   z_y = ‖w_y‖‖x‖ (λ cos θ_y + ψ(θ_y)) / (1 + λ),   zⱼ = wⱼ·x for j ≠ y,
 *   λ = max(λ_min, base·(1 + γ·iteration)^(−power))           (see `annealedLambda`),
 *
 * with ‖w‖ = 1 when the weights are normalised (A-Softmax). `iteration` starts at the `iteration`
 * option (default 0) and `step()` adds one; set `iteration` or pass `annealing` to change the
 * schedule, e.g. `annealing: { base: 0, lambdaMin: 0 }` for the pure ψ target.
 */
import * as tf from "@tensorflow/tfjs";
import { type AnnealingSchedule } from "../angular/annealing";
import { type HeadOptions } from "./head";
import { MarginHead, type MarginForm } from "./margin_head";
import type { FusedMarginForm } from "./fused_margin_loss";
export interface AnnealedMarginHeadOptions extends HeadOptions {
    /** The angular margin, an integer ≥ 1 (1: no margin). @default 4 */
    m?: number;
    /** The λ schedule; missing fields come from the head's default schedule. */
    annealing?: Partial<AnnealingSchedule>;
    /** The iteration count to start from (an integer ≥ 0). @default 0 */
    iteration?: number;
}
export declare abstract class AnnealedMarginHead extends MarginHead {
    /** A-Softmax normalises the weights; L-Softmax does not. */
    private readonly normalizeWeights;
    /** The integer angular margin m. */
    readonly m: number;
    /** The λ schedule in use. */
    readonly annealing: Readonly<AnnealingSchedule>;
    private iterationCount;
    protected constructor(name: string, options: AnnealedMarginHeadOptions, defaults: {
        m: number;
        annealing: AnnealingSchedule;
    }, 
    /** A-Softmax normalises the weights; L-Softmax does not. */
    normalizeWeights: boolean);
    /** Training steps counted so far (`step()` adds one). */
    get iteration(): number;
    set iteration(value: number);
    /** The current λ of the schedule. */
    get lambda(): number;
    step(): void;
    protected plainLogits(x: tf.Tensor2D): tf.Tensor2D;
    protected marginForm(x: tf.Tensor2D): MarginForm;
    protected fusedForm(): FusedMarginForm;
}
//# sourceMappingURL=annealed_margin_head.d.ts.map