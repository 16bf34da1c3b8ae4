/**
 * The options a function accepts, in the order its documentation lists them. A name ending in "?"
 * is optional; the "?" only marks it in the error message.
 */
export type OptionNames = readonly string[];
/** Levenshtein distance between two strings (insert, delete, substitute: cost 1 each). */
export declare function editDistance(a: string, b: string): number;
/**
 * The accepted name closest to an unknown one: a known alias, or the nearest by edit distance
 * (case and underscores ignored) when it is within a third of the name's length (at least 2 edits).
 */
export declare function closestName(unknown: string, accepted: readonly string[]): string | undefined;
/**
 * Checks an options object against the names a function accepts and returns it. Refuses, with the
 * function and the option named: a missing or non-object options argument (listing the accepted
 * options), an unknown key ("did you mean …"), and an option set to `null`. `undefined` values count
 * as left out. `arg` names the argument in messages (a nested object: "annealing", "pairs").
 */
export declare function checkOptions<T>(fn: string, options: T, names: OptionNames, arg?: string): T;
/**
 * An optional nested options object (`annealing: { base }`, `pairs: { first, second }`): undefined
 * stays undefined, anything else is checked like `checkOptions`.
 */
export declare function checkOptionalOptions<T>(fn: string, value: T | undefined, names: OptionNames, arg: string): T | undefined;
/**
 * An argument that must be an object of a given form (a model, an MNIST set) and is not an options
 * object: a clear error instead of "cannot read properties of undefined".
 */
export declare function checkObject(fn: string, value: unknown, arg: string, what: string): void;
//# sourceMappingURL=options.d.ts.map