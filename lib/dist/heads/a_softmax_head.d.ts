import { AnnealedMarginHead, type AnnealedMarginHeadOptions } from "./annealed_margin_head";
export declare class ASoftmaxHead extends AnnealedMarginHead {
    constructor(options: AnnealedMarginHeadOptions);
}
//# sourceMappingURL=a_softmax_head.d.ts.map