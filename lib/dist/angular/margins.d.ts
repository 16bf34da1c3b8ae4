export declare const MARGIN_DEFAULTS: Readonly<{
    lSoftmax: Readonly<{
        m: 4;
    }>;
    aSoftmax: Readonly<{
        m: 4;
    }>;
    cosFace: Readonly<{
        s: 64;
        m: 0.35;
    }>;
    arcFace: Readonly<{
        s: 64;
        m: 0.5;
        easyMargin: false;
    }>;
}>;
/**
 * The largest multiplicative margin m accepted: the papers use m ≤ 4, and the ψ helpers loop (or
 * allocate) m times, so `psiPieces(1e9)` would exhaust the heap.
 */
export declare const MAX_PSI_MARGIN = 1000;
/** The multiplicative angular margin of L-Softmax and A-Softmax: an integer 1 ≤ m ≤ `MAX_PSI_MARGIN` (m = 1: no margin). */
export declare function checkAngularMargin(fn: string, m: unknown): number;
/** The additive cosine margin of CosFace / AM-Softmax: 0 ≤ m < 2. */
export declare function checkCosineMargin(fn: string, m: unknown): number;
/** The additive angular margin of ArcFace, in radians: 0 ≤ m < π. */
export declare function checkAdditiveAngularMargin(fn: string, m: unknown): number;
/** The scale s of the normalised losses (the fixed feature norm ‖x‖ = s): s > 0. */
export declare function checkScale(fn: string, s: unknown): number;
//# sourceMappingURL=margins.d.ts.map