/** Checks every exercise's prediction and experiment share: the right answer, a wrong one, bad input. */
import { questionSpec, runChecks, runExperiment, type Experiment, type Question } from "losslab-course";

/** A right answer passes and shows the truth; a wrong one fails and says why; `undefined` is "not yet". */
export function expectQuestion<O>(q: Question<O>, right: unknown, wrong: unknown, explains: string): void {
  const spec = questionSpec(q);
  const pass = runChecks(spec, right);
  expect(pass.status).toBe("passed");
  expect(pass.cases[0].message).toContain(explains);
  const fail = runChecks(spec, wrong);
  expect(fail.status).toBe("failed");
  expect(fail.cases[0].message).toContain(explains);
  expect(runChecks(spec, undefined).status).toBe("not yet");
}

/** Measured numbers pass; a number from another setting fails and names it; a bad setting is refused. */
export function expectExperiment<S>(e: Experiment<S>, settings: S[], badSetting: unknown): number[] {
  const measured = settings.map((s) => e.measure(s));
  const runs = settings.map((s, i) => ({ setting: s, measured: measured[i] }));
  const enough = settings.length >= e.minRuns;
  const good = runExperiment(e, runs);
  expect(good.cases.slice(0, settings.length).every((c) => c.ok)).toBe(true);
  expect(good.status).toBe(enough ? "passed" : "failed");
  // the first setting's number recorded for the second setting (copied from the wrong run)
  if (settings.length > 1 && measured[0] !== measured[1]) {
    const swapped = runExperiment(e, [{ setting: settings[1], measured: measured[0] }]);
    expect(swapped.cases[0].ok).toBe(false);
    expect(swapped.cases[0].message).toContain(`Did you run the cell with ${e.describeSetting(settings[1])}`);
  }
  const bad = runExperiment(e, [{ setting: badSetting, measured: 0 }]);
  expect(bad.cases[0].ok).toBe(false);
  expect(bad.cases[0].message).toContain("cannot be run");
  return measured;
}
