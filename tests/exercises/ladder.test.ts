/**
 * Every exercise's fallback hint climbs the one ladder of checker.ts: a wrong answer that no targeted
 * hint recognises gets the ladder's question at the first failing check, the pointer to the lesson's
 * section at the second, the formula only from the third on.
 */
import {
  exercise00, exercise01, exercise02, exercise03, exercise03b, exercise04a, exercise04bGradient, exercise04bSelection,
  exercise05, exercise06, exercise07, exercise08, exercise08Scale, exercise09Spec, ladderHint, resetHintLadders, runChecks,
  type ExerciseSpec,
} from "losslab-course";

/** A wrong answer no targeted hint names: every number moved (a decision: always "neither"; indices: none). */
function wrong(value: unknown): unknown {
  if (typeof value === "number") return value * 1.37 + 0.11;
  return Array.isArray(value) ? value.map(wrong) : value;
}

const numeric: [string, ExerciseSpec<any, any>][] = [
  ["00", exercise00], ["01", exercise01], ["02", exercise02], ["03", exercise03], ["03b", exercise03b], ["04a", exercise04a],
  ["04b, part 1", exercise04bGradient], ["05", exercise05], ["06", exercise06], ["08, part 2", exercise08], ["08, part 1", exercise08Scale],
];
const discrete: [string, ExerciseSpec<any, any>, unknown][] = [
  ["04b, part 2", exercise04bSelection, []],
  ["07", exercise07, 0],
  ["09", exercise09Spec(), 0],
];

/** The hints of the failing cases when the student's answer is `answer(input)`. */
function hintsOf(spec: ExerciseSpec<any, any>, answer: (input: any) => unknown): string[] {
  const student = { ...spec, call: (_f: never, input: unknown) => answer(input) };
  return runChecks(student, null).cases.filter((c) => !c.ok).map((c) => c.message.split("Hint: ")[1] ?? "");
}

describe("the hint ladder", () => {
  beforeEach(() => resetHintLadders());
  afterAll(() => resetHintLadders());

  it("says the three rungs in words", () => {
    const ladder = { question: "what is q?", lesson: "03", section: "Focal loss", formula: "q = 1." };
    expect(ladderHint(ladder, 1)).toBe("what is q?");
    expect(ladderHint(ladder, 2)).toBe('reread the section "Focal loss" of lesson 03; if it still fails, the next check states the formula.');
    expect(ladderHint(ladder, 3)).toBe("q = 1.");
    expect(ladderHint(ladder, 7)).toBe("q = 1.");
  });

  const climbs = (spec: ExerciseSpec<any, any>, answer: (input: any) => unknown) => {
    const ladder = spec.ladder!;
    expect(ladder).toBeDefined();
    // the formula is not in the first two rungs
    expect(ladder.question).not.toContain(ladder.formula);
    const rungs = [ladder.question, `reread the section "${ladder.section}" of lesson ${ladder.lesson}`, ladder.formula];
    rungs.forEach((rung, k) => {
      const hints = hintsOf(spec, answer);
      expect(hints.length).toBeGreaterThan(0);
      expect(hints.some((h) => h.startsWith(rung))).toBe(true);
      // no failing case shows a higher rung early
      for (const later of rungs.slice(k + 1)) expect(hints.some((h) => h.startsWith(later))).toBe(false);
    });
  };

  it.each(numeric)("exercise %s: a question, then the lesson's section, then the formula", (_name, spec) => {
    climbs(spec, (input) => wrong(spec.reference(input)));
  });

  it.each(discrete)("exercise %s: a question, then the lesson's section, then the formula", (_name, spec, answer) => {
    climbs(spec, () => answer);
  });

  it("a passing check does not climb, and each exercise climbs its own ladder", () => {
    hintsOf(exercise05, (input) => wrong(exercise05.reference(input)));
    expect(runChecks(exercise06, (v: number, m: number) => exercise06.reference({ value: v, m }) as number).status).toBe("passed");
    const first06 = hintsOf(exercise06, (input) => wrong(exercise06.reference(input)));
    expect(first06.some((h) => h.startsWith(exercise06.ladder!.question))).toBe(true);
    const second05 = hintsOf(exercise05, (input) => wrong(exercise05.reference(input)));
    expect(second05.some((h) => h.startsWith("reread the section"))).toBe(true);
  });
});
