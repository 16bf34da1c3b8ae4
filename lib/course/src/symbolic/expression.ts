/**
 * Symbolic maths for the lessons, on mathjs: parse a formula, differentiate it, print it as LaTeX with
 * the course's symbols, and evaluate it. Lesson 02 derives ∂L/∂ŷ of the squared error and of binary
 * cross-entropy this way and evaluates them at the notes' worked example (y = 1, ŷ = 0.1).
 *
 * Formulas use mathjs syntax with plain-letter variables (mathjs names cannot hold a hat):
 * "(y - p)^2", "-(y*log(p) + (1-y)*log(1-p))"; `log` is the natural logarithm. The `symbols` option
 * maps a variable to its LaTeX ({ p: "\\hat{y}" }) when printing.
 */
import type * as MathJs from "mathjs";
import { InputTypeError, ValueError } from "losslab";
import { checkNumber, checkOneOf, checkOptions, describe } from "losslab/internal";

/**
 * mathjs, loaded on first use: it takes about 0.4 s to load, and only lesson 02 needs it, so
 * importing losslab does not pay for it.
 */
let loaded: typeof MathJs | undefined;
function mathjs(): typeof MathJs {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  loaded ??= require("mathjs") as typeof MathJs;
  return loaded;
}

/** LaTeX for variables: name → LaTeX ({ p: "\\hat{y}" }). */
export type SymbolTex = Record<string, string>;

export interface SymbolicOptions {
  symbols?: SymbolTex;
}

/** A parsed formula: its text, its LaTeX, its value at a point, its derivatives. */
export class Symbolic {
  private constructor(
    private readonly node: MathJs.MathNode,
    private readonly symbols: SymbolTex,
  ) {}

  /** Parses `expression` (mathjs syntax); throws ValueError on a syntax error. */
  static parse(expression: string, opts: SymbolicOptions = {}): Symbolic {
    if (typeof expression !== "string") throw new InputTypeError("symbolic", "expression", "a formula as a string", describe(expression));
    checkOptions("symbolic", opts, ["symbols?"]);
    let node: MathJs.MathNode;
    try {
      node = mathjs().parse(expression);
    } catch (e) {
      throw new ValueError("symbolic", "expression", "a formula mathjs can parse", `'${expression}' (${(e as Error).message})`);
    }
    return new Symbolic(node, opts.symbols ?? {});
  }

  /** The variables the formula contains, sorted (functions such as log and exp excluded). */
  variables(): string[] {
    const names = new Set<string>();
    this.node.traverse((n, path, parent) => {
      if ((n as MathJs.SymbolNode).isSymbolNode && !((parent as MathJs.FunctionNode | null)?.isFunctionNode && path === "fn")) {
        names.add((n as MathJs.SymbolNode).name);
      }
    });
    return [...names].sort();
  }

  /** ∂/∂variable, simplified by mathjs. */
  derivative(variable: string): Symbolic {
    checkOneOf("Symbolic.derivative", "variable", variable, this.variables());
    return new Symbolic(mathjs().derivative(this.node, variable), this.symbols);
  }

  /** The formula in mathjs syntax ("-(2 * (y - p))"). */
  text(): string {
    return this.node.toString();
  }

  /** The formula as LaTeX, each variable printed with its `symbols` entry. */
  tex(): string {
    const symbols = this.symbols;
    return this.node.toTex({
      handler: (n: MathJs.MathNode) => {
        const s = n as MathJs.SymbolNode;
        return s.isSymbolNode && Object.prototype.hasOwnProperty.call(symbols, s.name) ? symbols[s.name] : undefined;
      },
    });
  }

  /** The value at a point: every variable must be given, as a finite number. */
  evaluate(scope: Record<string, number>): number {
    for (const v of this.variables()) {
      if (!(v in (scope ?? {}))) throw new ValueError("Symbolic.evaluate", "scope", `a value for every variable (${this.variables().join(", ")})`, `no value for '${v}'`);
      checkNumber("Symbolic.evaluate", `scope.${v}`, scope[v]);
    }
    const value = this.node.evaluate({ ...scope });
    if (typeof value !== "number") throw new ValueError("Symbolic.evaluate", "expression", "a formula with a real value", describe(value));
    return value;
  }
}

/** Parses a formula (shorthand for `Symbolic.parse`). */
export function symbolic(expression: string, opts: SymbolicOptions = {}): Symbolic {
  return Symbolic.parse(expression, opts);
}
