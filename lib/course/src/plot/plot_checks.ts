/**
 * Argument checks shared by the figure builders (issue 15): each builder starts with
 * `checkOptions(fn, options, [...])` and checks the values it uses with these, so a misspelt key or
 * a wrong type is refused naming the builder and the option, before any trace is computed.
 * Data arrays of traces are checked to be arrays only: NaN and null are Plotly's gaps in a line.
 */
import { InputTypeError, ShapeError } from "losslab";
import { checkBoolean, checkInteger, checkNumber, checkNumberArray, checkObject, checkOneOf, checkOptions, checkRange, describe, type OptionNames } from "losslab/internal";

/** The options of `figure`, which every builder's figure options extend. */
export const FIGURE_OPTIONS: OptionNames = ["title", "xTitle", "yTitle", "layout?", "height?"];

/** The options of `line` (and, with more, of `points` and `bars`). */
export const SERIES_OPTIONS: OptionNames = ["name", "color?", "dash?", "hover?", "width?", "showLegend?"];

const DASHES = ["solid", "dash", "dot", "dashdot"] as const;

/** `check(value)` unless the value is left out. */
export function optional<T>(value: unknown, check: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

/** A string. */
export function checkString(fn: string, arg: string, value: unknown): string {
  if (typeof value !== "string") throw new InputTypeError(fn, arg, "a string", describe(value));
  return value;
}

/** A function (a callback that builds traces or computes a cost). */
export function checkFunction(fn: string, arg: string, value: unknown): void {
  if (typeof value !== "function") throw new InputTypeError(fn, arg, "a function", describe(value));
}

/** A plain array (of panels, runs, curves), with at least `minLength` entries. */
export function checkList<T = unknown>(fn: string, arg: string, value: unknown, minLength = 0): T[] {
  if (!Array.isArray(value)) throw new InputTypeError(fn, arg, "an array", describe(value));
  if (value.length < minLength) throw new ShapeError(fn, arg, `an array of at least ${minLength} entr${minLength === 1 ? "y" : "ies"}`, value.length === 0 ? "an empty array" : `${value.length}`);
  return value as T[];
}

/** The x or y data of a trace: an array or a typed array (its elements are Plotly's to read: NaN and null are gaps). */
export function checkData(fn: string, arg: string, value: unknown): ArrayLike<unknown> {
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    throw new InputTypeError(fn, arg, "an array", describe(value));
  }
  return value as unknown as ArrayLike<unknown>;
}

/** x and y data of one trace, of equal length. */
export function checkXY(fn: string, x: unknown, y: unknown): void {
  const xs = checkData(fn, "x", x);
  const ys = checkData(fn, "y", y);
  if (xs.length !== ys.length) throw new ShapeError(fn, "y", `as many values as 'x' (${xs.length})`, `${ys.length}`);
}

/** A [lo, hi] pair of finite numbers. */
export function checkPair(fn: string, arg: string, value: unknown): [number, number] {
  const v = checkNumberArray(fn, arg, value, { minLength: 2 });
  if (v.length !== 2) throw new ShapeError(fn, arg, "a pair [lo, hi] of numbers", `an array of length ${v.length}`);
  return v as [number, number];
}

/** The values `figure` uses: strings for the titles (optional ones when `required` is false), a layout object, a height > 0. */
export function checkFigureValues(fn: string, options: Record<string, unknown>, required: readonly string[] = ["title", "xTitle", "yTitle"]): void {
  for (const key of ["title", "xTitle", "yTitle"]) {
    if (required.includes(key) || options[key] !== undefined) checkString(fn, key, options[key]);
  }
  if (options.layout !== undefined) checkObject(fn, options.layout, "layout", "an object of Plotly layout keys");
  if (options.height !== undefined) checkRange(fn, "height", options.height, { min: 0, minOpen: true });
}

/** The options of a series (`line`, `points`, `bars`) and the values of the shared ones. */
export function checkSeriesOptions(fn: string, options: unknown, more: OptionNames = []): Record<string, unknown> {
  const o = checkOptions(fn, options, [...SERIES_OPTIONS, ...more]) as Record<string, unknown>;
  checkString(fn, "name", o.name);
  if (o.color !== undefined && typeof o.color !== "string") checkInteger(fn, "color", o.color, { min: 0 });
  optional(o.dash, (v) => checkOneOf(fn, "dash", v, DASHES));
  optional(o.hover, (v) => checkString(fn, "hover", v));
  optional(o.width, (v) => checkRange(fn, "width", v, { min: 0 }));
  optional(o.showLegend, (v) => checkBoolean(fn, "showLegend", v));
  return o;
}

/** An optional list of slider values (finite numbers, at least one). */
export function optionalValues(fn: string, arg: string, value: unknown): number[] | undefined {
  return optional(value, (v) => checkNumberArray(fn, arg, v));
}

/** An optional number (a slider's starting value, a bound). */
export function optionalNumber(fn: string, arg: string, value: unknown): number | undefined {
  return optional(value, (v) => checkNumber(fn, arg, v));
}

/**
 * A non-empty list of slider entries (embedding panels, histogram sets): each an object with the keys
 * `names`, a string `title` and an optional string `label`; `each` checks the rest of an entry.
 */
export function checkEntries<T extends { title: string; label?: string }>(fn: string, arg: string, value: unknown, what: string, names: OptionNames, each: (entry: T, at: string) => void): T[] {
  const list = checkList<T>(fn, arg, value);
  if (list.length === 0) throw new ShapeError(fn, arg, what, "an empty array");
  list.forEach((entry, k) => {
    const at = `${arg}[${k}]`;
    checkOptions(fn, entry, names, at);
    checkString(fn, `${at}.title`, entry.title);
    optional(entry.label, (v) => checkString(fn, `${at}.label`, v));
    each(entry, at);
  });
  return list;
}
