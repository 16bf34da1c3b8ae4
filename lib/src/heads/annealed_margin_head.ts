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
import { checkInteger } from "../validation";
import { annealedLambda, checkAnnealingSchedule, type AnnealingSchedule } from "../angular/annealing";
import { checkAngularMargin } from "../angular/margins";
import { l2Norm } from "../angular/normalize";
import { psiOfCos } from "../angular/psi";
import { ClassificationHead, pickTarget, replaceTarget, type HeadOptions } from "./head";

export interface AnnealedMarginHeadOptions extends HeadOptions {
  /** The angular margin, an integer ≥ 1 (1: no margin). @default 4 */
  m?: number;
  /** The λ schedule; missing fields come from the head's default schedule. */
  annealing?: Partial<AnnealingSchedule>;
  /** The iteration count to start from (an integer ≥ 0). @default 0 */
  iteration?: number;
}

export abstract class AnnealedMarginHead extends ClassificationHead {
  /** The integer angular margin m. */
  readonly m: number;
  /** The λ schedule in use. */
  readonly annealing: Readonly<AnnealingSchedule>;
  private iterationCount: number;

  protected constructor(
    name: string,
    options: AnnealedMarginHeadOptions,
    defaults: { m: number; annealing: AnnealingSchedule },
    /** A-Softmax normalises the weights; L-Softmax does not. */
    private readonly normalizeWeights: boolean,
  ) {
    super(name, options);
    this.m = checkAngularMargin(name, options.m ?? defaults.m);
    this.annealing = Object.freeze(checkAnnealingSchedule(name, { ...defaults.annealing, ...(options.annealing ?? {}) }));
    this.iterationCount = checkInteger(name, "iteration", options.iteration ?? 0, { min: 0 });
  }

  /** Training steps counted so far (`step()` adds one). */
  get iteration(): number {
    return this.iterationCount;
  }

  set iteration(value: number) {
    this.iterationCount = checkInteger(this.name, "iteration", value, { min: 0 });
  }

  /** The current λ of the schedule. */
  get lambda(): number {
    return annealedLambda({ iteration: this.iterationCount, ...this.annealing });
  }

  override step(): void {
    this.iterationCount += 1;
  }

  protected plainLogits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.matMul(x, this.normalizeWeights ? this.unitWeights() : this.weights);
  }

  protected marginLogits(x: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Tensor2D {
    const lambda = this.lambda;
    const cosTarget = pickTarget(this.cosineMatrix(x), oneHot);
    // ‖x‖, times ‖w_y‖ = onehot · ‖W‖ when the weights keep their norms (a matMul rather than a
    // broadcast product: TF.js cannot take the gradient of a broadcast over an empty batch)
    let norms = l2Norm(x);
    if (!this.normalizeWeights) norms = tf.mul(norms, tf.reshape(tf.matMul(oneHot, l2Norm(this.weights, { axis: 0, keepDims: true }), false, true), [-1]));
    const blended = tf.div(tf.add(tf.mul(cosTarget, lambda), psiOfCos(cosTarget, this.m)), 1 + lambda);
    return replaceTarget(this.plainLogits(x), tf.mul(norms, blended), oneHot);
  }
}
