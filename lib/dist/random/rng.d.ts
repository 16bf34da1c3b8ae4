export declare class Rng {
    private state;
    constructor(seed: number);
    /** Uniform in [0, 1). */
    next(): number;
    /** Uniform in [low, high). */
    uniform(low?: number, high?: number): number;
    /** Integer uniform in [0, n). */
    int(n: number): number;
    /** Standard normal sample (Box–Muller). */
    normal(mean?: number, std?: number): number;
    /** A new array with the elements of `items` in random order (Fisher–Yates). */
    shuffle<T>(items: readonly T[]): T[];
    /** A seed for another generator or for `tf.randomNormal`, drawn from this one. */
    seed(): number;
}
//# sourceMappingURL=rng.d.ts.map