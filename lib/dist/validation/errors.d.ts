/**
 * The error types of losslab: one class per kind of mistake, each naming the function and the
 * argument, the way `tf.losses` does ("Argument 'labels' passed to 'huberLoss' must be ...").
 */
/** Base class: every argument error names the public function (`fn`) and the argument (`arg`). */
export declare class LosslabArgumentError extends Error {
    readonly fn: string;
    readonly arg: string;
    readonly expected: string;
    readonly got: string;
    constructor(fn: string, arg: string, expected: string, got: string);
}
/** The argument is not of a usable type or dtype (a string where a tensor is needed, a float label). */
export declare class InputTypeError extends LosslabArgumentError {
}
/** The argument has the wrong shape or rank, is empty, or does not match another argument's shape. */
export declare class ShapeError extends LosslabArgumentError {
}
/** The argument holds a value outside its allowed range: a NaN, a negative margin, a class index out of range. */
export declare class ValueError extends LosslabArgumentError {
}
/** Short, readable rendering of a value for an error message. */
export declare function describe(value: unknown): string;
//# sourceMappingURL=errors.d.ts.map