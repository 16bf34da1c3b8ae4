import { ifWritten, notYet, predictionLink, recordPrediction, resetPredictions, runPrediction, questionSpec, reportMarkdown, runChecks, runExperiment, compare, checkQuestion,
         type Experiment, type Question } from "losslab-course";

const question: Question<string> = {
  title: "a question",
  question: "the colour of the sky",
  choices: ["blue", "green"],
  truth: () => "blue",
  explain: () => "Rayleigh scattering.",
};
const numeric: Question<number> = { title: "a number", question: "one half", truth: () => 0.5, rtol: 0.01 };

const square: Experiment<number> = {
  title: "an experiment",
  describeSetting: (v) => `v = ${v}`,
  quantity: "the square",
  measure: (v) => v * v,
  badSetting: (v) => (typeof v === "number" ? undefined : "v must be a number"),
  minRuns: 2,
};

describe("questions (predictions and conclusions)", () => {
  it("a right answer passes and shows the truth with its explanation", () => {
    const r = runChecks(questionSpec(question), "blue");
    expect(r.status).toBe("passed");
    expect(reportMarkdown(r)).toBe("**a question: its check passes.**\n\n- ✓ the colour of the sky: right (\"blue\"). Rayleigh scattering.");
  });

  it("a wrong answer fails, shows the truth and explains it", () => {
    const r = runChecks(questionSpec(question), "green");
    expect(r.cases[0].message).toBe('on your answer: expected "blue", got "green" (a different choice). Hint: Rayleigh scattering.');
    expect(reportMarkdown(r)).toContain("0 of 1 check passes");
  });

  it("an answer outside the choices lists them; a number needs its tolerance", () => {
    expect(runChecks(questionSpec(question), "red").cases[0].message).toContain('answer with one of "blue", "green".');
    expect(runChecks(questionSpec(question), 3).cases[0].message).toContain("the answer is 3, not one of the words offered");
    expect(runChecks(questionSpec(numeric), 0.504).status).toBe("passed");
    expect(runChecks(questionSpec(numeric), 0.51).status).toBe("failed");
    expect(runChecks(questionSpec(numeric), "0.5").cases[0].message).toContain("the answer is string, not a number");
  });

  it("undefined is 'not yet', and the report asks for the variable, not a function", () => {
    const r = runChecks(questionSpec(question), undefined);
    expect(r.status).toBe("not yet");
    expect(reportMarkdown(r)).toBe("**a question: not yet.** Write your answer in the variable above (it is `undefined`), run its cell, then run this one again.");
  });

  it("refuses unknown options, and with mustPass throws on a wrong answer", () => {
    expect(() => checkQuestion(question, "blue", { mustpass: true } as never, "checkSky")).toThrow(/checkSky.*mustpass.*mustPass/s);
    expect(() => checkQuestion(question, "green", { mustPass: true }, "checkSky")).toThrow(/a question: the solution must pass every check/);
  });

  it("compare: words and infinities", () => {
    expect(compare("a", "a", 0, 0)).toBe("");
    expect(compare(Infinity, Infinity, 1e-6, 0)).toBe("");
    expect(compare(Infinity, 1e300, 1e-6, 0)).toBe("the value differs");
  });
});

describe("experiments", () => {
  it("passes measured runs at enough settings, re-measuring each", () => {
    const r = runExperiment(square, [{ setting: 2, measured: 4 }, { setting: 3, measured: 9 }]);
    expect(r).toMatchObject({ status: "passed", passed: 3, total: 3 });
    expect(r.cases[0]).toEqual({ name: "v = 2", ok: true, message: "the square: 4, measured again" });
  });

  it("a number that the checker does not measure fails, naming the setting", () => {
    const r = runExperiment(square, [{ setting: 2, measured: 9 }, { setting: 3, measured: 9 }]);
    expect(r.cases[0].message).toBe("you recorded 9, the checker measures the square: 4. Did you run the cell with v = 2 and record its own number?");
  });

  it("counts distinct settings", () => {
    const r = runExperiment(square, [{ setting: 2, measured: 4 }, { setting: 2, measured: 4 }]);
    expect(r.status).toBe("failed");
    expect(r.cases[2]).toEqual({ name: "2 different settings or more", ok: false, message: "1 so far: run the cell at 1 more." });
  });

  it("bad input: no runs is 'not yet'; not an array, a malformed run, a bad setting, a non-number are failures in words", () => {
    expect(runExperiment(square, undefined).status).toBe("not yet");
    expect(reportMarkdown(runExperiment(square, []))).toContain("Run the experiment at 2 different settings or more");
    expect(runExperiment(square, { setting: 2 }).cases[0].message).toContain("it should be an array of { setting, measured }");
    expect(runExperiment(square, [5]).cases[0].message).toBe("run 1 is 5: write it as { setting, measured }.");
    expect(runExperiment(square, [{ setting: "two", measured: 4 }]).cases[0].message).toBe('the setting "two" cannot be run: v must be a number');
    expect(runExperiment(square, [{ setting: 2, measured: "4" }]).cases[0].message).toBe('measured is "4": record the number your cell computed.');
  });
});

describe("the one experiment check: prediction first, the lesson's settings refused, the truth at the end", () => {
  const guess: Question<number> = { title: "guess", kind: "prediction", question: "the square of 3", truth: () => 9, explain: () => "3 · 3." };
  const withPrediction: Experiment<number> = { ...square, prediction: predictionLink(guess), lessonPrinted: { settings: [2], where: "lesson 99" } };
  const runs = [{ setting: 3, measured: 9 }, { setting: 4, measured: 16 }];
  beforeEach(() => resetPredictions());
  afterAll(() => resetPredictions());

  it("counts no run before the prediction is made; the prediction's own check only records it", () => {
    expect(runExperiment(withPrediction, runs)).toMatchObject({ status: "not yet", todo: expect.stringContaining("Predict first") });
    const made = runPrediction(guess, 7);
    expect(made.status).toBe("passed");
    expect(made.cases[0].message).not.toContain("9");
    expect(runPrediction(guess, "nine").cases[0].message).toBe('"nine" is not a number: write the number you expect.');
    expect(runExperiment(withPrediction, runs).status).toBe("passed");
  });

  it("shows the prediction beside the truth only once every run passes", () => {
    recordPrediction("guess", 7);
    const r = runExperiment(withPrediction, runs);
    expect(r.cases[r.cases.length - 1]).toEqual({ name: "your prediction", ok: true, message: "you predicted 7; the truth is 9: not this time. 3 · 3." });
    const wrong = runExperiment(withPrediction, [{ setting: 3, measured: 8 }, { setting: 4, measured: 16 }]);
    expect(wrong.status).toBe("failed");
    expect(wrong.cases.some((c) => c.name === "your prediction")).toBe(false);
  });

  it("refuses a setting the lesson prints and does not count it", () => {
    recordPrediction("guess", 9);
    const r = runExperiment(withPrediction, [{ setting: 2, measured: 4 }, { setting: 3, measured: 9 }]);
    expect(r.cases[0]).toEqual({ name: "v = 2", ok: false, message: "the lesson already prints this one (lesson 99): measure at a setting it does not." });
    expect(r.cases[2]).toMatchObject({ name: "2 different settings or more that the lesson does not print", ok: false, message: "1 so far: run the cell at 1 more." });
  });

  it("knows a setting by its words, so the order of an object's keys does not matter", () => {
    const pair: Experiment<{ a: number; b: number }> = {
      title: "pairs", describeSetting: (s) => `a = ${s.a}, b = ${s.b}`, quantity: "a·b", measure: (s) => s.a * s.b, minRuns: 1,
      lessonPrinted: { settings: [{ a: 1, b: 2 }], where: "lesson 99" },
    };
    const r = runExperiment(pair, [{ setting: { b: 2, a: 1 }, measured: 2 }]);
    expect(r.cases[0].message).toContain("the lesson already prints this one");
  });
});

describe("ifWritten", () => {
  it("returns the value of a written function and undefined for notYet(); other errors propagate", () => {
    expect(ifWritten(() => 3)).toBe(3);
    expect(ifWritten(() => notYet())).toBeUndefined();
    expect(() =>
      ifWritten(() => {
        throw new RangeError("bad");
      }),
    ).toThrow(RangeError);
  });
});
