import { LSOFTMAX_ANNEALING } from "../angular/annealing";
import { MARGIN_DEFAULTS } from "../angular/margins";
import { AnnealedMarginHead, type AnnealedMarginHeadOptions } from "./annealed_margin_head";

/**
 * L-Softmax (Liu et al., "Large-Margin Softmax Loss for Convolutional Neural Networks", ICML 2016):
 * weights keep their norms, no bias; the target logit ‖w_y‖‖x‖cos θ_y becomes ‖w_y‖‖x‖ψ(θ_y), blended
 * with the plain one by the annealed λ (see `AnnealedMarginHead`).
 *
 * Defaults: m = 4 and no λ annealing (pml's `LargeMarginSoftmaxLoss` has none). The authors' MNIST
 * model annealed λ (`annealing: LSOFTMAX_ANNEALING`: base 1000, gamma 0.000025, power 35, lambda_min
 * 0); that schedule keeps λ near 1000 for the first thousand steps, so short runs should pass a faster
 * one (for example `SHORT_RUN_ANNEALING`). For prediction the authors' test layer uses the plain inner product
 * (type SINGLE), which is what `scores` returns.
 */
export class LSoftmaxHead extends AnnealedMarginHead {
  constructor(options: AnnealedMarginHeadOptions) {
    super("LSoftmaxHead", options, { m: MARGIN_DEFAULTS.lSoftmax.m, annealing: LSOFTMAX_ANNEALING }, false);
  }
}
