export declare const MARGIN_LOSSES: readonly ["softmax", "modifiedSoftmax", "lSoftmax", "aSoftmax", "cosFace", "arcFace"];
export type MarginLoss = (typeof MARGIN_LOSSES)[number];
export interface TargetLogitOptions {
    loss: MarginLoss;
    /** Angle between the feature and its class's weight vector, radians in [0, π]. */
    theta: number;
    /** ‖x‖, the feature norm (softmax, modified softmax, L-Softmax, A-Softmax). @default 1 */
    xNorm?: number;
    /** ‖W_y‖, the target class's weight norm (softmax, L-Softmax). @default 1 */
    wNorm?: number;
    /** b_y, the target class's bias (softmax). @default 0 */
    bias?: number;
    /** The margin: integer ≥ 1 for L-/A-Softmax (default 4), 0 ≤ m < 2 for CosFace (0.35), 0 ≤ m < π for ArcFace (0.5). */
    m?: number;
    /** λ ≥ 0 of the annealed L-/A-Softmax target. @default 0 */
    lambda?: number;
    /** The scale s > 0 of CosFace and ArcFace. @default 64 */
    s?: number;
    /** ArcFace's easy margin. @default false */
    easyMargin?: boolean;
}
/** The target logit f(θ) of `loss` (see the table above). */
export declare function targetLogit(options: TargetLogitOptions): number;
//# sourceMappingURL=target_logit.d.ts.map