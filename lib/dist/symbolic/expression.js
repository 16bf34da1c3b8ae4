"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.symbolic = exports.Symbolic = void 0;
const validation_1 = require("../validation");
/**
 * mathjs, loaded on first use: it takes about 0.4 s to load, and only lesson 02 needs it, so
 * importing losslab does not pay for it.
 */
let loaded;
function mathjs() {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    loaded ?? (loaded = require("mathjs"));
    return loaded;
}
/** A parsed formula: its text, its LaTeX, its value at a point, its derivatives. */
class Symbolic {
    constructor(node, symbols) {
        this.node = node;
        this.symbols = symbols;
    }
    /** Parses `expression` (mathjs syntax); throws ValueError on a syntax error. */
    static parse(expression, opts = {}) {
        if (typeof expression !== "string")
            throw new validation_1.InputTypeError("symbolic", "expression", "a formula as a string", (0, validation_1.describe)(expression));
        (0, validation_1.checkOptions)("symbolic", opts, ["symbols?"]);
        let node;
        try {
            node = mathjs().parse(expression);
        }
        catch (e) {
            throw new validation_1.ValueError("symbolic", "expression", "a formula mathjs can parse", `'${expression}' (${e.message})`);
        }
        return new Symbolic(node, opts.symbols ?? {});
    }
    /** The variables the formula contains, sorted (functions such as log and exp excluded). */
    variables() {
        const names = new Set();
        this.node.traverse((n, path, parent) => {
            if (n.isSymbolNode && !(parent?.isFunctionNode && path === "fn")) {
                names.add(n.name);
            }
        });
        return [...names].sort();
    }
    /** ∂/∂variable, simplified by mathjs. */
    derivative(variable) {
        (0, validation_1.checkOneOf)("Symbolic.derivative", "variable", variable, this.variables());
        return new Symbolic(mathjs().derivative(this.node, variable), this.symbols);
    }
    /** The formula in mathjs syntax ("-(2 * (y - p))"). */
    text() {
        return this.node.toString();
    }
    /** The formula as LaTeX, each variable printed with its `symbols` entry. */
    tex() {
        const symbols = this.symbols;
        return this.node.toTex({
            handler: (n) => {
                const s = n;
                return s.isSymbolNode && Object.prototype.hasOwnProperty.call(symbols, s.name) ? symbols[s.name] : undefined;
            },
        });
    }
    /** The value at a point: every variable must be given, as a finite number. */
    evaluate(scope) {
        for (const v of this.variables()) {
            if (!(v in (scope ?? {})))
                throw new validation_1.ValueError("Symbolic.evaluate", "scope", `a value for every variable (${this.variables().join(", ")})`, `no value for '${v}'`);
            (0, validation_1.checkNumber)("Symbolic.evaluate", `scope.${v}`, scope[v]);
        }
        const value = this.node.evaluate({ ...scope });
        if (typeof value !== "number")
            throw new validation_1.ValueError("Symbolic.evaluate", "expression", "a formula with a real value", (0, validation_1.describe)(value));
        return value;
    }
}
exports.Symbolic = Symbolic;
/** Parses a formula (shorthand for `Symbolic.parse`). */
function symbolic(expression, opts = {}) {
    return Symbolic.parse(expression, opts);
}
exports.symbolic = symbolic;
//# sourceMappingURL=expression.js.map