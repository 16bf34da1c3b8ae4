import { SPHEREFACE_ANNEALING } from "../angular/annealing";
import { MARGIN_DEFAULTS } from "../angular/margins";
import { AnnealedMarginHead, type AnnealedMarginHeadOptions } from "./annealed_margin_head";

/**
 * A-Softmax / SphereFace (Liu et al., "SphereFace: Deep Hypersphere Embedding for Face Recognition",
 * CVPR 2017): weights normalised, bias zero, so zⱼ = ‖x‖cos θⱼ, and the target becomes ‖x‖ψ(θ_y),
 * blended with ‖x‖cos θ_y by the annealed λ (see `AnnealedMarginHead`). With m = 1 it is the modified
 * softmax.
 *
 * Defaults: m = 4 and no λ annealing (pml's `SphereFaceLoss` has none). SphereFace's own training
 * annealed λ: pass `annealing: SPHEREFACE_ANNEALING` (base 1000, gamma 0.12, power 1, lambda_min 5,
 * from its Caffe model `sphereface_model.prototxt`).
 */
export class ASoftmaxHead extends AnnealedMarginHead {
  constructor(options: AnnealedMarginHeadOptions) {
    super("ASoftmaxHead", options, { m: MARGIN_DEFAULTS.aSoftmax.m, annealing: SPHEREFACE_ANNEALING }, true);
  }
}
