// The pml classes added after pml_reference_more.json (AngularLoss, …) against pytorch-metric-learning
// 2.9.0's values and autograd gradients on the same float64 inputs (tests/fixtures/pml/pml_reference_extra.json):
// a batch, an all-zero row, embeddings ×1e3 and ×1e-3, one class only (no negative), every label distinct
// (no positive), reference embeddings, mined triplets, mined pairs and an empty tuple (a differentiable zero).
import { AngularLoss, InputTypeError, LpDistance, ValueError, tf, type MetricLossFunction } from "losslab";
import { expectClose, finiteDifferences } from "../losses/helpers";
import { expectRefused, optionObjects, tupleOf } from "./fixture";
import { caseName, largest, pmlExtra } from "./fixture_extra";

const LOSSES: Record<string, (o: never) => MetricLossFunction> = {
  AngularLoss: (o) => new AngularLoss(o),
};
const lossOf = (name: string, options: Record<string, unknown>): MetricLossFunction => LOSSES[name](optionObjects(options) as never);

const { inputs, tuples, cases } = pmlExtra.losses;

describe("losses: pml 2.9.0's values and gradients (embeddings and references)", () => {
  for (const c of cases) it(caseName(c), () => {
    const inp = inputs[c.input];
    const tuple = c.tuple === null ? undefined : tupleOf(tuples[c.tuple]);
    const loss = lossOf(c.loss, c.options);
    const x = tf.variable(tf.tensor2d(inp.embeddings));
    const r = inp.refEmbeddings === undefined ? undefined : tf.variable(tf.tensor2d(inp.refEmbeddings));
    const before = tf.memory().numTensors;
    const { value, grads } = tf.variableGrads(() => loss.forward(x, inp.labels, tuple, r, inp.refLabels), r === undefined ? [x] : [x, r]);
    const v = value.dataSync()[0];
    expectClose([v], [c.value], { rel: 1e-5, scale: 1e-2, label: "value" });
    const g = Array.from(grads[x.name].dataSync());
    const expected: number[] = c.gradEmbeddings.flat();
    expectClose(g, expected, { rel: 1e-5, scale: largest(expected), label: "gradient" });
    if (r !== undefined) {
      const expectedRef: number[] = c.gradRef.flat();
      expectClose(Array.from(grads[r.name].dataSync()), expectedRef, { rel: 1e-5, scale: largest(expectedRef), label: "reference gradient" });
    }
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, ...(r === undefined ? [] : [r])]);
  });

  it("the fixture has zero losses (nothing valid) and non-zero ones", () => {
    const values = cases.map((c: any) => c.value);
    expect(values.filter((v: number) => v === 0).length).toBeGreaterThanOrEqual(3);
    expect(values.filter((v: number) => v > 0.01).length).toBeGreaterThan(15);
  });
});

describe("AngularLoss", () => {
  it("its gradient agrees with finite differences of its own value (the gather and the normalisation included)", () => {
    const inp = inputs.batch;
    const loss = new AngularLoss();
    const f = (flat: number[]) => tf.tidy(() => loss.forward(tf.tensor2d(flat, [10, 4]), inp.labels).dataSync()[0]);
    const x0: number[] = inp.embeddings.flat();
    const numeric = finiteDifferences(f, x0, 1e-2);
    const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => loss.forward(x, inp.labels))(tf.tensor2d(inp.embeddings)).dataSync()));
    expectClose(g, numeric, { rel: 2e-2, scale: largest(numeric), label: "finite differences" });
  });

  it("takes α in radians or degrees (one of them), refuses other distances and bad angles before computing", () => {
    expect(new AngularLoss().alpha).toBeCloseTo((40 * Math.PI) / 180, 12);
    expect(new AngularLoss({ alphaDegrees: 30 }).alpha).toBeCloseTo(Math.PI / 6, 12);
    expectRefused(() => new AngularLoss({ alpha: 40 }), ValueError, /AngularLoss: argument 'alpha' must be an angle in radians in \(0, π\/2\) \(for pml's degrees pass 'alphaDegrees': 40\)/);
    expectRefused(() => new AngularLoss({ alpha: 0.5, alphaDegrees: 30 }), ValueError, /argument 'alphaDegrees' must be left out when 'alpha'/);
    expectRefused(() => new AngularLoss({ alphaDegrees: 90 }), ValueError, /argument 'alphaDegrees'/);
    expectRefused(() => new AngularLoss({ distance: new LpDistance({ power: 2 }) }), InputTypeError, /AngularLoss: argument 'distance' must be new LpDistance\(\)/);
    expectRefused(() => new AngularLoss({ alpah: 1 } as never), Error, /did you mean 'alpha'/);
    const loss = new AngularLoss();
    expectRefused(() => loss.forward([[1, 2], [3, 4]], [0]), Error, /AngularLoss/);
  });
});
