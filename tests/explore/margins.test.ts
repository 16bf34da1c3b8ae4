/**
 * The Margins explorable's training (lib/course/src/explore/margins), without the browser: the shipped
 * digits are what their committed script makes, the JavaScript decision rule that shades the regions
 * agrees with each losslab head's own `predict`, a seed gives the same run, a live m/s/λ change keeps
 * the network and continues, the margin changes the trained result, and no tensor leaks.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import * as tf from "@tensorflow/tfjs";
import { DIGIT_CLASSES, DIGIT_COUNT, DIGIT_LABELS } from "../../lib/course/src/explore/margins/digits";
import { HEAD_KINDS, HEADS, defaultParams, makeHead } from "../../lib/course/src/explore/margins/heads";
import { MarginsTrainer, shippedDigits, type MarginsConfig } from "../../lib/course/src/explore/margins/model";

const ROOT = path.join(__dirname, "..", "..");

function config(change: Partial<MarginsConfig> = {}): MarginsConfig {
  const head = change.head ?? "cosface";
  return { head, dim: 2, ...defaultParams(head, { m: 0, s: 10, lambda: 0 }), ...change };
}

function train(trainer: MarginsTrainer, steps: number): number {
  let loss = NaN;
  for (let i = 0; i < steps; i++) loss = trainer.step();
  return loss;
}

describe("the shipped digits", () => {
  it("are exactly what lib/course/scripts/explore_digits.js makes from the mnist package", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "explore-digits-")), "digits.ts");
    execFileSync(process.execPath, [path.join(ROOT, "lib", "course", "scripts", "explore_digits.js"), out], { cwd: ROOT });
    const committed = fs.readFileSync(path.join(ROOT, "lib", "course", "src", "explore", "margins", "digits.ts"), "utf8");
    expect(fs.readFileSync(out, "utf8")).toBe(committed);
  });

  it("hold 80 images of 14×14 of each of five digits, pixels in [0, 1], some ink in every image", () => {
    const d = shippedDigits();
    expect([d.count, d.pixels, d.classes, DIGIT_COUNT]).toEqual([400, 196, 5, 400]);
    expect(DIGIT_CLASSES).toEqual([0, 1, 2, 3, 4]);
    for (let c = 0; c < 5; c++) expect(DIGIT_LABELS.filter((l) => l === c).length).toBe(80);
    expect(Math.min(...d.images)).toBe(0);
    expect(Math.max(...d.images)).toBe(1);
    for (let i = 0; i < d.count; i++) expect(d.images.subarray(i * 196, (i + 1) * 196).reduce((s, v) => s + v, 0)).toBeGreaterThan(5);
  });
});

describe("the Margins trainer", () => {
  it("shades regions by the rule each losslab head predicts with (every head, 2-D and 3-D)", () => {
    for (const head of HEAD_KINDS) {
      for (const dim of [2, 3] as const) {
        const trainer = new MarginsTrainer(config({ head, dim }));
        trainer.reset(3);
        train(trainer, 3);
        const snap = trainer.snapshot();
        // the same weights in a fresh head of that kind: its predict is the reference
        const reference = makeHead(head, { ...config({ head, dim }), inputDim: dim, numClasses: 5, seed: 0, weights: snap.weights, bias: snap.bias ?? undefined });
        const predicted = tf.tidy(() => reference.predict(tf.tensor2d(snap.features, [snap.labels.length, dim])).dataSync());
        reference.dispose();
        let agree = 0;
        for (let i = 0; i < snap.labels.length; i++) if (snap.classify(snap.features.subarray(i * dim, (i + 1) * dim)) === predicted[i]) agree++;
        // float32 ties aside, every row agrees
        expect(`${head} ${dim}: ${agree}`).toBe(`${head} ${dim}: ${snap.labels.length}`);
        expect(HEADS[head].label.length).toBeGreaterThan(0);
        trainer.dispose();
      }
    }
  });

  it("repeats a run from its seed; another seed gives another run", () => {
    const a = new MarginsTrainer(config());
    a.reset(4);
    const lossA = train(a, 8);
    const metricsA = a.metrics();
    a.reset(4);
    expect(train(a, 8)).toBe(lossA);
    expect(a.metrics()).toEqual(metricsA);
    a.reset(5);
    expect(train(a, 8)).not.toBe(lossA);
    a.dispose();
  });

  it("applies m, s and λ live from the current state (same network, same weights), and a new d resets", () => {
    const t = new MarginsTrainer(config({ head: "lsoftmax" }));
    t.reset(2);
    train(t, 5);
    const before = t.snapshot();
    const lossBefore = tf.tidy(() => t.step()); // step 6 with λ = 2
    t.reset(2);
    train(t, 5);
    t.configure({ lambda: 0, m: 3 });
    const after = t.snapshot();
    expect(Array.from(after.features)).toEqual(Array.from(before.features));
    expect(Array.from(after.weights)).toEqual(Array.from(before.weights));
    expect(t.settings).toMatchObject({ lambda: 0, m: 3 });
    // the same batch, another target: another loss
    expect(t.step()).not.toBeCloseTo(lossBefore, 3);
    const weights = Array.from(t.snapshot().weights);
    t.configure({ head: "arcface", m: 0.5, s: 10 });
    expect(Array.from(t.snapshot().weights)).toEqual(weights);
    expect(Number.isFinite(t.step())).toBe(true);
    t.configure({ dim: 3 });
    expect(t.snapshot().dim).toBe(3);
    expect(t.snapshot().features.length).toBe(400 * 3);
    t.dispose();
  });

  it("CosFace: the margin m = 0.35 against m = 0 (s = 10, seed 1, 60 steps) tightens and separates the classes", () => {
    const measure = (m: number) => {
      const t = new MarginsTrainer(config({ head: "cosface", m, s: 10 }));
      t.reset(1);
      train(t, 60);
      const metrics = t.metrics();
      t.dispose();
      return metrics;
    };
    const plain = measure(0);
    const margin = measure(0.35);
    console.log(`CosFace after 60 steps, m = 0: intra ${plain.intraMean.toFixed(1)}°, inter min ${plain.interMin.toFixed(1)}°; m = 0.35: intra ${margin.intraMean.toFixed(1)}°, inter min ${margin.interMin.toFixed(1)}°`);
    expect(margin.interMin - plain.interMin).toBeGreaterThan(5);
    expect(plain.intraMean - margin.intraMean).toBeGreaterThan(0.5);
  });

  it("leaks no tensor across reset, steps, changes and dispose", () => {
    const start = tf.memory().numTensors;
    const t = new MarginsTrainer(config({ head: "softmax" }));
    t.reset(0);
    train(t, 2);
    t.metrics();
    t.configure({ head: "asoftmax", m: 2, lambda: 1 });
    train(t, 2);
    t.configure({ m: 3 });
    t.configure({ dim: 3 });
    train(t, 2);
    t.reset(1);
    t.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
