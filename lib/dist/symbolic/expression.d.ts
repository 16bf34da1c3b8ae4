/** LaTeX for variables: name → LaTeX ({ p: "\\hat{y}" }). */
export type SymbolTex = Record<string, string>;
export interface SymbolicOptions {
    symbols?: SymbolTex;
}
/** A parsed formula: its text, its LaTeX, its value at a point, its derivatives. */
export declare class Symbolic {
    private readonly node;
    private readonly symbols;
    private constructor();
    /** Parses `expression` (mathjs syntax); throws ValueError on a syntax error. */
    static parse(expression: string, opts?: SymbolicOptions): Symbolic;
    /** The variables the formula contains, sorted (functions such as log and exp excluded). */
    variables(): string[];
    /** ∂/∂variable, simplified by mathjs. */
    derivative(variable: string): Symbolic;
    /** The formula in mathjs syntax ("-(2 * (y - p))"). */
    text(): string;
    /** The formula as LaTeX, each variable printed with its `symbols` entry. */
    tex(): string;
    /** The value at a point: every variable must be given, as a finite number. */
    evaluate(scope: Record<string, number>): number;
}
/** Parses a formula (shorthand for `Symbolic.parse`). */
export declare function symbolic(expression: string, opts?: SymbolicOptions): Symbolic;
//# sourceMappingURL=expression.d.ts.map