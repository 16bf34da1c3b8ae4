/** z = ln(p / (1 − p)) for a probability p in [0, 1]. */
export declare function logit(p: number): number;
//# sourceMappingURL=logit.d.ts.map