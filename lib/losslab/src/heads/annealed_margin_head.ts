import * as tf from "../tf";
import { checkInteger, checkOptionalOptions, type OptionNames } from "../validation";
import { NO_ANNEALING, annealedLambda, checkAnnealingSchedule, type AnnealingSchedule } from "../angular/annealing";
import { checkAngularMargin } from "../angular/margins";
import { normsOf } from "../angular/normalize";
import { psiMarginTarget } from "../angular/psi";
import { checkHeadOptions, type HeadOptions } from "./head";

const ANNEALED_OPTIONS: OptionNames = ["m?", "annealing?", "iteration?"];
const SCHEDULE_FIELDS: OptionNames = ["base?", "gamma?", "power?", "lambdaMin?"];
import { MarginHead, type MarginForm } from "./margin_head";
import type { FusedMarginForm } from "./fused_margin_loss";

export interface AnnealedMarginHeadOptions extends HeadOptions {
  /** The angular margin, an integer ≥ 1 (1: no margin). @default 4 */
  m?: number;
  /**
   * The λ schedule. Default: none (λ = 0, the pure ψ target, as pml's LargeMarginSoftmaxLoss and
   * SphereFaceLoss). A schedule given in part takes its missing fields from the authors' schedule
   * (`LSOFTMAX_ANNEALING` for L-Softmax, `SPHEREFACE_ANNEALING` for A-Softmax).
   */
  annealing?: Partial<AnnealingSchedule>;
  /** The iteration count to start from (an integer ≥ 0). @default 0 */
  iteration?: number;
}

/**
 * L-Softmax and A-Softmax as their authors trained them: the target logit uses ψ(θ) (see `psiOfCos`),
 * blended with the plain logit by a λ that decays during training,
 *
 *   z_y = ‖w_y‖‖x‖ (λ cos θ_y + ψ(θ_y)) / (1 + λ),   zⱼ = wⱼ·x for j ≠ y,
 *   λ = max(λ_min, base·(1 + γ·iteration)^(−power))           (see `annealedLambda`),
 *
 * with ‖w‖ = 1 when the weights are normalised (A-Softmax). `iteration` starts at the `iteration`
 * option (default 0) and `step()` adds one.
 *
 * Annealing is off by default (λ = 0: the target is ψ(θ) from the first step, as in pml, which has no
 * annealing); pass `annealing` to train as the authors did, e.g. `annealing: LSOFTMAX_ANNEALING` or
 * `SPHEREFACE_ANNEALING`, or `SHORT_RUN_ANNEALING` for runs of a few hundred steps.
 */
export abstract class AnnealedMarginHead extends MarginHead {
  /** The integer angular margin m. */
  readonly m: number;
  /** The λ schedule in use. */
  readonly annealing: Readonly<AnnealingSchedule>;
  private iterationCount: number;

  protected constructor(
    name: string,
    options: AnnealedMarginHeadOptions,
    defaults: { m: number; annealing: AnnealingSchedule },
    /** `annealing`: the authors' schedule, which fills the fields a partial `annealing` option leaves out. A-Softmax normalises the weights; L-Softmax does not. */
    private readonly normalizeWeights: boolean,
  ) {
    // every option is checked before the base class creates the weights variable
    checkHeadOptions(name, options, ANNEALED_OPTIONS);
    const m = checkAngularMargin(name, options.m ?? defaults.m);
    const given = checkOptionalOptions(name, options.annealing, SCHEDULE_FIELDS, "annealing");
    const annealing = given === undefined ? NO_ANNEALING : { ...defaults.annealing, ...given };
    const schedule = Object.freeze(checkAnnealingSchedule(name, annealing));
    const iteration = checkInteger(name, "iteration", options.iteration ?? 0, { min: 0 });
    super(name, options, ANNEALED_OPTIONS);
    this.m = m;
    this.annealing = schedule;
    this.iterationCount = iteration;
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

  protected marginForm(x: tf.Tensor2D): MarginForm {
    // N = ‖x‖ [B, 1], times ‖wⱼ‖ [1, C] when the weights keep their norms (an outer product by
    // matMul rather than a broadcast: TF.js cannot take the gradient of a broadcast over an empty batch)
    const xNorm = normsOf(x, -1, true);
    const norm = this.normalizeWeights ? xNorm : tf.matMul(xNorm, normsOf(this.weights, 0, true));
    return { cos: this.cosineMatrix(x), norm, target: psiMarginTarget(this.m, this.lambda) };
  }

  protected fusedForm(): FusedMarginForm {
    return { scale: "featureNorm", weightNorm: !this.normalizeWeights, target: psiMarginTarget(this.m, this.lambda) };
  }
}
