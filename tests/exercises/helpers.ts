/** Checks every exercise's prediction and experiment share: the right answer, a wrong one, bad input. */
import {
  predictionLink, questionSpec, recordPrediction, resetPredictions, runChecks, runExperiment, runPrediction, type Experiment, type Question,
} from "losslab-course";

/**
 * A prediction passes once made (right or wrong) and keeps the truth back; the experiment's check
 * then shows it beside the truth. A conclusion: a right answer passes and shows the truth, a wrong one
 * fails and says why. `undefined` is "not yet" for both.
 */
export function expectQuestion<O>(q: Question<O>, right: unknown, wrong: unknown, explains: string): void {
  if (q.kind === "prediction") {
    for (const answer of [right, wrong]) {
      const r = runPrediction(q, answer);
      expect(r.status).toBe("passed");
      expect(r.cases[0].message).toContain("It is not marked right or wrong here");
      expect(r.cases[0].message).not.toContain(explains);
    }
    expect(runPrediction(q, undefined).status).toBe("not yet");
    expect(runPrediction(q, q.choices ? "neither" : "a word").status).toBe("failed");
    const link = predictionLink(q);
    expect(link.reveal(right)).toMatch(/: right\./);
    expect(link.reveal(right)).toContain(explains);
    expect(link.reveal(wrong)).toMatch(/: not this time\./);
    return;
  }
  const spec = questionSpec(q);
  const pass = runChecks(spec, right);
  expect(pass.status).toBe("passed");
  expect(pass.cases[0].message).toContain(explains);
  const fail = runChecks(spec, wrong);
  expect(fail.status).toBe("failed");
  expect(fail.cases[0].message).toContain(explains);
  expect(runChecks(spec, undefined).status).toBe("not yet");
}

/**
 * Measured numbers pass; a number from another setting fails and names it; a bad setting is refused;
 * with a prediction, nothing counts before it is made, and the end shows it; a setting the lesson
 * prints is refused.
 */
export function expectExperiment<S>(e: Experiment<S>, settings: S[], badSetting: unknown): number[] {
  const measured = settings.map((s) => e.measure(s));
  const runs = settings.map((s, i) => ({ setting: s, measured: measured[i] }));
  resetPredictions();
  if (e.prediction) {
    expect(runExperiment(e, runs).status).toBe("not yet");
    recordPrediction(e.prediction.title, 0);
  }
  const enough = settings.length >= e.minRuns;
  const good = runExperiment(e, runs);
  expect(good.cases.slice(0, settings.length).every((c) => c.ok)).toBe(true);
  expect(good.status).toBe(enough ? "passed" : "failed");
  if (enough && e.prediction) expect(good.cases[good.cases.length - 1]).toMatchObject({ name: "your prediction", ok: true });
  // the first setting's number recorded for the second setting (copied from the wrong run)
  if (settings.length > 1 && measured[0] !== measured[1]) {
    const swapped = runExperiment(e, [{ setting: settings[1], measured: measured[0] }]);
    expect(swapped.cases[0].ok).toBe(false);
    expect(swapped.cases[0].message).toContain(`Did you run the cell with ${e.describeSetting(settings[1])}`);
  }
  const bad = runExperiment(e, [{ setting: badSetting, measured: 0 }]);
  expect(bad.cases[0].ok).toBe(false);
  expect(bad.cases[0].message).toContain("cannot be run");
  for (const printed of e.lessonPrinted?.settings ?? []) {
    const r = runExperiment(e, [{ setting: printed, measured: e.measure(printed) }]);
    expect(r.cases[0].ok).toBe(false);
    expect(r.cases[0].message).toContain("the lesson already prints this one");
  }
  resetPredictions();
  return measured;
}
