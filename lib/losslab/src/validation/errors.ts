/**
 * The error types of losslab: one class per kind of mistake, each naming the function and the
 * argument, the way `tf.losses` does ("Argument 'labels' passed to 'huberLoss' must be ...").
 */

/** Base class: every argument error names the public function (`fn`) and the argument (`arg`). */
export class LosslabArgumentError extends Error {
  constructor(
    readonly fn: string,
    readonly arg: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`losslab.${fn}: argument '${arg}' must be ${expected}, but got ${got}.`);
    this.name = new.target.name;
  }
}

/** The argument is not of a usable type or dtype (a string where a tensor is needed, a float label). */
export class InputTypeError extends LosslabArgumentError {}

/** The argument has the wrong shape or rank, is empty, or does not match another argument's shape. */
export class ShapeError extends LosslabArgumentError {}

/** The argument holds a value outside its allowed range: a NaN, a negative margin, a class index out of range. */
export class ValueError extends LosslabArgumentError {}

/** Short, readable rendering of a value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return `'${value}'`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (Array.isArray(value)) {
    const head = value.slice(0, 4).map(describe).join(", ");
    return `an array of length ${value.length} [${head}${value.length > 4 ? ", ..." : ""}]`;
  }
  if (typeof value === "object" && value !== null && "shape" in value && "dtype" in value) {
    const t = value as { shape: number[]; dtype: string };
    return `a ${t.dtype} tensor of shape [${t.shape.join(", ")}]`;
  }
  return `a value of type '${typeof value}'`;
}
