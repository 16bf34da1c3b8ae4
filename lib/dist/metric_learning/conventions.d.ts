export interface ContrastiveCurves {
    margin: number;
    distances: number[];
    /** The notes' d² and max(0, m² − d²). */
    notes: {
        similar: number[];
        dissimilar: number[];
    };
    /** Hadsell's ½d² and ½·max(0, m − d)². */
    hadsell: {
        similar: number[];
        dissimilar: number[];
    };
}
/** The loss of a similar and of a dissimilar pair against the distance d, in the notes' and Hadsell's forms. */
export declare function contrastiveCurves(options: {
    distances: number[];
    margin?: number;
}): ContrastiveCurves;
/**
 * One row per convention: the label a similar pair carries, and the loss of a similar and of a dissimilar
 * pair at each distance of `distances`. The last row is a mistake worth seeing: the notes' labels
 * (0 = similar) fed to a loss that reads 1 as similar, which pulls different digits together.
 */
export declare function contrastiveConventionRows(options: {
    distances: number[];
    margin?: number;
}): Record<string, string | number>[];
//# sourceMappingURL=conventions.d.ts.map