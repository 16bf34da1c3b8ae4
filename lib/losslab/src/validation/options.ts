/**
 * The options checker every public function starts with: the options argument must be a plain
 * object, every key must be one the function accepts (a misspelt key is refused with the closest
 * accepted one suggested, instead of being ignored while its default silently applies), and no
 * option may be `null` (left out means "the default"; `null` is a mistake, not a default).
 *
 * The value of each option is then checked by the function itself with the checks of `checks.ts`.
 */
import { InputTypeError, describe } from "./errors";

/**
 * The options a function accepts, in the order its documentation lists them. A name ending in "?"
 * is optional; the "?" only marks it in the error message.
 */
export type OptionNames = readonly string[];

/** Common names from other libraries (and the long forms of the papers' letters) for an option here. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  scale: ["s"],
  margin: ["m", "alpha"],
  m: ["margin"],
  s: ["scale"],
  lambda: ["annealing"],
  kind: ["score"],
  score: ["kind"],
  digit: ["digits"],
  seeds: ["seed"],
  reduce: ["reduction"],
  dim: ["axis", "inputDim"],
  classes: ["numClasses"],
  tol: ["tolerance"],
};

/** Levenshtein distance between two strings (insert, delete, substitute: cost 1 each). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Lower case without "_" and "-", so `easy_margin` matches `easyMargin`. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, "");
}

/**
 * The accepted name closest to an unknown one: a known alias, or the nearest by edit distance
 * (case and underscores ignored) when it is within a third of the name's length (at least 2 edits).
 */
export function closestName(unknown: string, accepted: readonly string[]): string | undefined {
  const alias = (ALIASES[unknown] ?? []).find((a) => accepted.includes(a));
  if (alias !== undefined) return alias;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of accepted) {
    const d = editDistance(folded(unknown), folded(name));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(unknown.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

/**
 * Checks an options object against the names a function accepts and returns it. Refuses, with the
 * function and the option named: a missing or non-object options argument (listing the accepted
 * options), an unknown key ("did you mean …"), and an option set to `null`. `undefined` values count
 * as left out. `arg` names the argument in messages (a nested object: "annealing", "pairs").
 */
export function checkOptions<T>(fn: string, options: T, names: OptionNames, arg = "options"): T {
  const accepted = names.map((n) => n.replace(/\?$/, ""));
  const listing = `{ ${names.join(", ")} }`;
  if (!isPlainObject(options)) {
    throw new InputTypeError(fn, arg, `an options object ${listing}`, describe(options));
  }
  for (const key of Object.keys(options)) {
    const path = arg === "options" ? key : `${arg}.${key}`;
    if (!accepted.includes(key)) {
      const suggestion = closestName(key, accepted);
      const hint = suggestion === undefined ? "" : ` (did you mean '${suggestion}'?)`;
      throw new InputTypeError(fn, path, `one of the options ${listing}${hint}`, "an unknown option");
    }
    if (options[key] === null) {
      throw new InputTypeError(fn, path, "a value, or left out for its default", "null");
    }
  }
  return options;
}

/**
 * An optional nested options object (`annealing: { base }`, `pairs: { first, second }`): undefined
 * stays undefined, anything else is checked like `checkOptions`.
 */
export function checkOptionalOptions<T>(fn: string, value: T | undefined, names: OptionNames, arg: string): T | undefined {
  return value === undefined ? undefined : checkOptions(fn, value, names, arg);
}

/**
 * An argument that must be an object of a given form (a model, an MNIST set) and is not an options
 * object: a clear error instead of "cannot read properties of undefined".
 */
export function checkObject(fn: string, value: unknown, arg: string, what: string): void {
  if (!isPlainObject(value)) {
    throw new InputTypeError(fn, arg, what, describe(value));
  }
}
