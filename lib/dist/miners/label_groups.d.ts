/**
 * Samples grouped by class label, for drawing a same-class partner or an other-class partner of a
 * sample uniformly at random in O(1), and for enumerating positives and negatives.
 */
import { Rng } from "../random/rng";
import type { SeedOrRng } from "./types";
export declare class LabelGroups {
    readonly labels: Int32Array;
    /** Sample indices sorted by label (stable). */
    readonly sorted: Int32Array;
    /** For each sample: where its class starts in `sorted`, and how many samples the class has. */
    private readonly start;
    private readonly size;
    constructor(labels: Int32Array);
    get n(): number;
    /** Sample i has another sample of its class. */
    hasPositive(i: number): boolean;
    /** Sample i has a sample of another class. */
    hasNegative(i: number): boolean;
    /** A uniformly random other sample of i's class (requires `hasPositive(i)`). */
    positiveOf(i: number, rng: Rng): number;
    /** A uniformly random sample of another class than i's (requires `hasNegative(i)`). */
    negativeOf(i: number, rng: Rng): number;
}
/** The generator behind a `seed` option: a new one from a number, or the one given. */
export declare function rngOf(fn: string, seed: SeedOrRng | undefined): Rng;
//# sourceMappingURL=label_groups.d.ts.map