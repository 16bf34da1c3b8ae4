import { InputTypeError, ValueError } from "losslab";
import { symbolic, Symbolic } from "losslab-course";

describe("symbolic", () => {
  const hat = { symbols: { p: "\\hat{y}" } };

  it("differentiates the squared error and cross-entropy: the notes' 1.8 and 10 at y = 1, ŷ = 0.1", () => {
    const mse = symbolic("(y - p)^2", hat);
    const ce = symbolic("-(y * log(p) + (1 - y) * log(1 - p))", hat);
    expect(mse.evaluate({ y: 1, p: 0.1 })).toBeCloseTo(0.81, 12);
    expect(ce.evaluate({ y: 1, p: 0.1 })).toBeCloseTo(2.302585093, 9);
    expect(mse.derivative("p").evaluate({ y: 1, p: 0.1 })).toBeCloseTo(-1.8, 12);
    expect(ce.derivative("p").evaluate({ y: 1, p: 0.1 })).toBeCloseTo(-10, 12);
    expect(mse.derivative("p").text()).toBe("-(2 * (y - p))");
  });

  it("prints LaTeX with the course's symbols", () => {
    const d = symbolic("-(y * log(p) + (1 - y) * log(1 - p))", hat).derivative("p");
    expect(d.tex()).toContain("\\hat{y}");
    expect(d.tex()).not.toMatch(/\bp\b/);
    expect(symbolic("(y - p)^2").tex()).toContain("p");
  });

  it("gives σ(z) − y for cross-entropy through the sigmoid, at any moderate z", () => {
    const d = symbolic("-(y * log(1 / (1 + exp(-z))) + (1 - y) * log(1 - 1 / (1 + exp(-z))))").derivative("z");
    for (const z of [-5, -1, 0, 2, 6]) {
      for (const y of [0, 1, 0.3]) expect(d.evaluate({ y, z })).toBeCloseTo(1 / (1 + Math.exp(-z)) - y, 10);
    }
  });

  it("lists its variables (not its functions) and checks what it is given", () => {
    expect(symbolic("log(p) * exp(z) + y").variables()).toEqual(["p", "y", "z"]);
    expect(() => Symbolic.parse("(y - ")).toThrow(ValueError);
    expect(() => symbolic(3 as never)).toThrow(InputTypeError);
    expect(() => symbolic("y + p").derivative("q")).toThrow(ValueError);
    expect(() => symbolic("y + p").evaluate({ y: 1 })).toThrow("no value for 'p'");
    expect(() => symbolic("y + p").evaluate({ y: 1, p: NaN })).toThrow(ValueError);
  });
});
