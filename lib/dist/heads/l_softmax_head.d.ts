import { AnnealedMarginHead, type AnnealedMarginHeadOptions } from "./annealed_margin_head";
export declare class LSoftmaxHead extends AnnealedMarginHead {
    constructor(options: AnnealedMarginHeadOptions);
}
//# sourceMappingURL=l_softmax_head.d.ts.map