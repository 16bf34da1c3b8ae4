import { exercise04Loss, exercise04Selection, runChecks, NotImplementedYet, type NotesSelection, type TripletLosses } from "losslab-course";

const squared = (u: number[], v: number[]) => u.reduce((s, x, k) => s + (x - v[k]) ** 2, 0);
const right: TripletLosses = (a, p, n, m) => a.map((x, i) => Math.max(squared(x, p[i]) - squared(x, n[i]) + m, 0));
const rightSelection: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d < m && dan[i] > d ? [i] : []));

/** The first failing case's message. */
const firstFailure = (r: ReturnType<typeof runChecks>) => r.cases.find((c) => !c.ok)!.message;

describe("exercise 04, part 1: the triplet loss", () => {
  it("passes the solution on every case", () => {
    expect(runChecks(exercise04Loss, right)).toMatchObject({ status: "passed", passed: exercise04Loss.cases.length });
  });

  it("a loss without the max(·, 0) hinge fails on the easy triplet, naming the input and both values", () => {
    const noHinge: TripletLosses = (a, p, n, m) => a.map((x, i) => squared(x, p[i]) - squared(x, n[i]) + m);
    const r = runChecks(exercise04Loss, noHinge);
    expect(r.status).toBe("failed");
    expect(r.cases[0]).toEqual({
      name: "one easy triplet (the negative is far: the loss is 0)",
      ok: false,
      message:
        "on α = 0.2, anchors [[0, 0]], positives [[0.1, 0]], negatives [[1, 0]]: expected [0], got [-0.79] (the value differs). " +
        "Hint: a loss is negative: the hinge max(·, 0) is missing. An easy triplet must give 0, not a negative number.",
    });
    // the identical-embeddings case and the hard triplet pass: there the hinge does nothing
    expect(r.cases[3].ok).toBe(true);
    expect(r.cases[2].ok).toBe(true);
  });

  it("recognises a plain (not squared) distance, a missing margin, a flipped order and a sum", () => {
    const plain: TripletLosses = (a, p, n, m) => a.map((x, i) => Math.max(Math.sqrt(squared(x, p[i])) - Math.sqrt(squared(x, n[i])) + m, 0));
    const noMargin: TripletLosses = (a, p, n) => a.map((x, i) => Math.max(squared(x, p[i]) - squared(x, n[i]), 0));
    const flipped: TripletLosses = (a, p, n, m) => a.map((x, i) => Math.max(squared(x, n[i]) - squared(x, p[i]) + m, 0));
    const summed = ((a: number[][], p: number[][], n: number[][], m: number) => right(a, p, n, m).reduce((s, v) => s + v, 0)) as unknown as TripletLosses;
    expect(firstFailure(runChecks(exercise04Loss, plain))).toContain("Hint: D is the squared distance");
    expect(firstFailure(runChecks(exercise04Loss, noMargin))).toContain("Hint: the margin α is missing");
    expect(firstFailure(runChecks(exercise04Loss, flipped))).toContain("Hint: the order is flipped");
    expect(firstFailure(runChecks(exercise04Loss, summed))).toContain("Hint: return one loss per triplet (an array), not their sum J.");
  });

  it("covers the edge cases: identical embeddings give α, no triplet gives [], the margin itself gives 0", () => {
    const names = exercise04Loss.cases.map((c) => c.name);
    expect(names).toContain("identical embeddings (a collapsed network: every loss is α)");
    expect(names).toContain("no triplet at all (empty lists: no losses)");
    const collapsed = exercise04Loss.cases.find((c) => c.name.startsWith("identical"))!;
    expect(exercise04Loss.reference(collapsed.input)).toEqual([0.2, 0.2].map((v) => Math.fround(v)));
    expect(exercise04Loss.reference(exercise04Loss.cases.find((c) => c.name.startsWith("no triplet"))!.input)).toEqual([]);
    expect(exercise04Loss.reference(exercise04Loss.cases.find((c) => c.name.includes("exactly at the margin"))!.input)).toEqual([0]);
  });

  it("a function that throws is reported with its message; notYet() is 'not yet'", () => {
    const throws: TripletLosses = () => {
      throw new TypeError("x is undefined");
    };
    expect(runChecks(exercise04Loss, throws).cases[0].message).toContain("your function threw TypeError: x is undefined");
    const notYet: TripletLosses = () => {
      throw new NotImplementedYet();
    };
    expect(runChecks(exercise04Loss, notYet).status).toBe("not yet");
  });
});

describe("exercise 04, part 2: the notes' selection", () => {
  it("passes the solution on every case, and a solution written as D(A,N) < D(A,P) + α too", () => {
    expect(runChecks(exercise04Selection, rightSelection)).toMatchObject({ status: "passed", passed: exercise04Selection.cases.length });
    const otherForm: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (d < dan[i] && dan[i] < d + m ? [i] : []));
    expect(runChecks(exercise04Selection, otherForm).status).toBe("passed");
  });

  it("non-strict inequalities fail the boundary cases with the matching hint", () => {
    const tieKept: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d < m && dan[i] >= d ? [i] : []));
    const marginKept: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d <= m && dan[i] > d ? [i] : []));
    const tie = runChecks(exercise04Selection, tieKept);
    expect(tie.cases[1]).toEqual({
      name: "D(A,N) = D(A,P) exactly (condition ② is strict)",
      ok: false,
      message:
        "on α = 0.25, 2 triplets with D(A,P) = [0.5, 0.5], D(A,N) = [0.5, 0.6]: expected [1], got [0, 1] (expected 1 number, got 2). " +
        "Hint: condition ② is strict: a triplet with D(A,N) = D(A,P) is not kept.",
    });
    expect(firstFailure(runChecks(exercise04Selection, marginKept))).toContain("Hint: condition ① is strict");
  });

  it("keeping hard or easy triplets, or returning booleans, gets its own hint", () => {
    const keepsHard: NotesSelection = (dap, dan, m) => dap.flatMap((d, i) => (dan[i] - d < m ? [i] : []));
    const keepsEasy: NotesSelection = (dap, dan) => dap.flatMap((d, i) => (dan[i] > d ? [i] : []));
    const booleans = ((dap: number[], dan: number[], m: number) => dap.map((d, i) => dan[i] - d < m && dan[i] > d)) as unknown as NotesSelection;
    expect(firstFailure(runChecks(exercise04Selection, keepsHard))).toContain("Hint: keep only D(A,N) > D(A,P)");
    expect(firstFailure(runChecks(exercise04Selection, keepsEasy))).toContain("Hint: condition ① D(A,N) − D(A,P) < α leaves out the easy triplets");
    const b = firstFailure(runChecks(exercise04Selection, booleans));
    expect(b).toContain("the answer is an array that holds something other than numbers");
    expect(b).toContain("Hint: return the indices of the kept triplets");
  });

  it("shortens long inputs in its messages (the 1000 triplets show as 6 values and a count)", () => {
    const none: NotesSelection = () => [];
    const r = runChecks(exercise04Selection, none);
    const big = r.cases.find((c) => c.name === "the notes' 1000 random triplets")!;
    expect(big.ok).toBe(false);
    expect(big.message).toMatch(/1000 triplets with D\(A,P\) = \[[^\]]*…\] \(1000 numbers\)/);
    expect(big.message.split(": expected")[0].length).toBeLessThan(200);
    expect(big.message).toMatch(/Hint: some semi-hard triplets are missing \(triplet 3, D\(A,P\) = [\d.]+, D\(A,N\) = [\d.]+, is one\)/);
  });
});
