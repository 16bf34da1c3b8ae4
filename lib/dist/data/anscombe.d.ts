export type AnscombeSet = "I" | "II" | "III" | "IV";
export declare const ANSCOMBE_SETS: readonly AnscombeSet[];
export interface XYData {
    x: number[];
    y: number[];
}
/** The points of one set of the quartet, read from `data/anscombe.csv`. */
export declare function loadAnscombe(set: AnscombeSet): XYData;
//# sourceMappingURL=anscombe.d.ts.map