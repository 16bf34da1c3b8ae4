/**
 * Argument checks shared by the figure builders (issue 15): each builder starts with
 * `checkOptions(fn, options, [...])` and checks the values it uses with these, so a misspelt key or
 * a wrong type is refused naming the builder and the option, before any trace is computed.
 * Data arrays of traces are checked to be arrays only: NaN and null are Plotly's gaps in a line.
 */
import { type OptionNames } from "../validation";
/** The options of `figure`, which every builder's figure options extend. */
export declare const FIGURE_OPTIONS: OptionNames;
/** The options of `line` (and, with more, of `points` and `bars`). */
export declare const SERIES_OPTIONS: OptionNames;
/** `check(value)` unless the value is left out. */
export declare function optional<T>(value: unknown, check: (v: unknown) => T): T | undefined;
/** A string. */
export declare function checkString(fn: string, arg: string, value: unknown): string;
/** A function (a callback that builds traces or computes a cost). */
export declare function checkFunction(fn: string, arg: string, value: unknown): void;
/** A plain array (of panels, runs, curves), with at least `minLength` entries. */
export declare function checkList<T = unknown>(fn: string, arg: string, value: unknown, minLength?: number): T[];
/** The x or y data of a trace: an array or a typed array (its elements are Plotly's to read: NaN and null are gaps). */
export declare function checkData(fn: string, arg: string, value: unknown): ArrayLike<unknown>;
/** x and y data of one trace, of equal length. */
export declare function checkXY(fn: string, x: unknown, y: unknown): void;
/** A [lo, hi] pair of finite numbers. */
export declare function checkPair(fn: string, arg: string, value: unknown): [number, number];
/** The values `figure` uses: strings for the titles (optional ones when `required` is false), a layout object, a height > 0. */
export declare function checkFigureValues(fn: string, options: Record<string, unknown>, required?: readonly string[]): void;
/** The options of a series (`line`, `points`, `bars`) and the values of the shared ones. */
export declare function checkSeriesOptions(fn: string, options: unknown, more?: OptionNames): Record<string, unknown>;
/** An optional list of slider values (finite numbers, at least one). */
export declare function optionalValues(fn: string, arg: string, value: unknown): number[] | undefined;
/** An optional number (a slider's starting value, a bound). */
export declare function optionalNumber(fn: string, arg: string, value: unknown): number | undefined;
/**
 * A non-empty list of slider entries (embedding panels, histogram sets): each an object with the keys
 * `names`, a string `title` and an optional string `label`; `each` checks the rest of an entry.
 */
export declare function checkEntries<T extends {
    title: string;
    label?: string;
}>(fn: string, arg: string, value: unknown, what: string, names: OptionNames, each: (entry: T, at: string) => void): T[];
//# sourceMappingURL=plot_checks.d.ts.map