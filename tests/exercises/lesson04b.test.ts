import { exercise04bGradient, exercise04bSelection, experiment04b, prediction04b, runChecks, NotImplementedYet,
         type NotesSelection, type TripletAnchorGradient } from "losslab-course";
import { expectExperiment, expectQuestion } from "./helpers";

const squared = (u: number[], v: number[]) => u.reduce((s, x, k) => s + (x - v[k]) ** 2, 0);
const right: TripletAnchorGradient = (a, p, n, m) =>
  a.map((x, i) => (squared(x, p[i]) - squared(x, n[i]) + m > 0 ? x.map((_, k) => 2 * (n[i][k] - p[i][k])) : x.map(() => 0)));
const rightSelection: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d < m && dan[i] > d ? [i] : []));

/** The first failing case's message. */
const firstFailure = (r: ReturnType<typeof runChecks>) => r.cases.find((c) => !c.ok)!.message;

describe("exercise 04b, part 1: the gradient at the anchor", () => {
  it("passes the solution on every case; an easy triplet's gradient is 0", () => {
    expect(runChecks(exercise04bGradient, right)).toMatchObject({ status: "passed", passed: exercise04bGradient.cases.length });
    expect(exercise04bGradient.reference(exercise04bGradient.cases[0].input)).toEqual([[0, 0]]);
  });

  it("the reference is autograd of tripletLoss: 2(x_n − x_p) where the hinge is active, by finite differences", () => {
    const { input } = exercise04bGradient.cases[1];
    const loss = (a: number[]) => Math.max(squared(a, input.positives[0]) - squared(a, input.negatives[0]) + input.margin, 0);
    const h = 1e-6;
    const numeric = input.anchors[0].map((_, k) => {
      const up = input.anchors[0].slice();
      const down = input.anchors[0].slice();
      up[k] += h;
      down[k] -= h;
      return (loss(up) - loss(down)) / (2 * h);
    });
    exercise04bGradient.reference(input)[0].forEach((g, k) => expect(g).toBeCloseTo(numeric[k], 4));
  });

  it("names the missing hinge, the missing 2, a flipped sign, plain distances and x_a seen once", () => {
    const active = (a: number[], p: number[], n: number[], m: number) => squared(a, p) - squared(a, n) + m > 0;
    const noHinge: TripletAnchorGradient = (a, p, n) => a.map((x, i) => x.map((_, k) => 2 * (n[i][k] - p[i][k])));
    const half: TripletAnchorGradient = (a, p, n, m) => right(a, p, n, m).map((r) => r.map((v) => v / 2));
    const flipped: TripletAnchorGradient = (a, p, n, m) => right(a, p, n, m).map((r) => r.map((v) => -v));
    const plain: TripletAnchorGradient = (a, p, n, m) =>
      a.map((x, i) => (active(x, p[i], n[i], m) ? x.map((v, k) => (v - p[i][k]) / Math.sqrt(squared(x, p[i])) - (v - n[i][k]) / Math.sqrt(squared(x, n[i]))) : x.map(() => 0)));
    const once: TripletAnchorGradient = (a, p, n, m) => a.map((x, i) => (active(x, p[i], n[i], m) ? x.map((v, k) => 2 * (v - p[i][k])) : x.map(() => 0)));
    expect(firstFailure(runChecks(exercise04bGradient, noHinge))).toContain("Hint: an easy triplet (D(A,N) ≥ D(A,P) + α) has loss 0");
    expect(firstFailure(runChecks(exercise04bGradient, half))).toContain("Hint: the derivative of ‖x_a − x_p‖² with respect to x_a is 2(x_a − x_p)");
    expect(firstFailure(runChecks(exercise04bGradient, flipped))).toContain("Hint: the sign is flipped");
    expect(firstFailure(runChecks(exercise04bGradient, plain))).toContain("Hint: D is the squared distance");
    expect(firstFailure(runChecks(exercise04bGradient, once))).toContain("Hint: x_a appears in both distances");
  });

  it("bad input: the wrong shape is named; a function that throws is reported; notYet() is 'not yet'", () => {
    const flat = ((a: number[][]) => a.map(() => 0)) as unknown as TripletAnchorGradient;
    expect(firstFailure(runChecks(exercise04bGradient, flat))).toContain("Hint: return one row");
    const throws: TripletAnchorGradient = () => {
      throw new TypeError("x is undefined");
    };
    expect(runChecks(exercise04bGradient, throws).cases[0].message).toContain("your function threw TypeError: x is undefined");
    const notYet: TripletAnchorGradient = () => {
      throw new NotImplementedYet();
    };
    expect(runChecks(exercise04bGradient, notYet).status).toBe("not yet");
  });
});

describe("exercise 04b, part 2: the notes' selection", () => {
  it("passes the solution on every case, and a solution written as D(A,N) < D(A,P) + α too", () => {
    expect(runChecks(exercise04bSelection, rightSelection)).toMatchObject({ status: "passed", passed: exercise04bSelection.cases.length });
    const otherForm: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (d < dan[i] && dan[i] < d + m ? [i] : []));
    expect(runChecks(exercise04bSelection, otherForm).status).toBe("passed");
  });

  it("non-strict inequalities fail the boundary cases with the matching hint", () => {
    const tieKept: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d < m && dan[i] >= d ? [i] : []));
    const marginKept: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d <= m && dan[i] > d ? [i] : []));
    const tie = runChecks(exercise04bSelection, tieKept);
    expect(tie.cases[1]).toEqual({
      name: "D(A,N) = D(A,P) exactly (condition ② is strict)",
      ok: false,
      message:
        "on α = 0.25, 2 triplets with D(A,P) = [0.5, 0.5], D(A,N) = [0.5, 0.6]: expected [1], got [0, 1] (expected 1 number, got 2). " +
        "Hint: condition ② is strict: a triplet with D(A,N) = D(A,P) is not kept.",
    });
    expect(firstFailure(runChecks(exercise04bSelection, marginKept))).toContain("Hint: condition ① is strict");
  });

  it("keeping hard or easy triplets, or returning booleans, gets its own hint", () => {
    const keepsHard: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d < m ? [i] : []));
    const keepsEasy: NotesSelection = (dap, dan) => dap.flatMap((d, i) => (dan[i] > d ? [i] : []));
    const booleans = ((dap: number[], dan: number[], m: number) => dap.map((d, i) => dan[i] - d < m && dan[i] > d)) as unknown as NotesSelection;
    expect(firstFailure(runChecks(exercise04bSelection, keepsHard))).toContain("Hint: keep only D(A,N) > D(A,P)");
    expect(firstFailure(runChecks(exercise04bSelection, keepsEasy))).toContain("Hint: condition ① D(A,N) − D(A,P) < α leaves out the easy triplets");
    const b = firstFailure(runChecks(exercise04bSelection, booleans));
    expect(b).toContain("the answer is an array that holds something other than numbers");
    expect(b).toContain("Hint: return the indices of the kept triplets");
  });

  it("shortens long inputs in its messages (the 1000 triplets show as 6 values and a count)", () => {
    const none: NotesSelection = () => [];
    const r = runChecks(exercise04bSelection, none);
    const big = r.cases.find((c) => c.name === "the notes' 1000 random triplets")!;
    expect(big.ok).toBe(false);
    expect(big.message).toMatch(/1000 triplets with D\(A,P\) = \[[^\]]*…\] \(1000 numbers\)/);
    expect(big.message.split(": expected")[0].length).toBeLessThan(200);
    // no known slip: the ladder's first rung, a question
    expect(big.message).toMatch(/Hint: (which of the three kinds of triplet|reread the section|keep every i with)/);
  });
});

describe("exercise 04b: prediction and experiment", () => {
  it("the most common kind of random triplet is computed, and explained with the counts", () => {
    expectQuestion(prediction04b(), "easy", "hard", "easy, ");
  });

  it("the share of active triplets grows with α, from the hard share at α = 0 to almost all", () => {
    const [zero, small, large] = expectExperiment(experiment04b(), [0, 0.2, 1], -1);
    expect(zero).toBeLessThan(small);
    expect(small).toBeLessThan(large);
  });
});
