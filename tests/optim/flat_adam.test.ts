import { FlatAdam, tf, InputTypeError, ValueError } from "losslab";

/** A small two-layer problem with three variables, fixed data. */
function problem(seed: number) {
  const vars = [
    tf.variable(tf.randomNormal([6, 5], 0, 1, "float32", seed)),
    tf.variable(tf.randomNormal([5], 0, 1, "float32", seed + 1)),
    tf.variable(tf.randomNormal([5, 3], 0, 1, "float32", seed + 2)),
  ];
  const x = tf.randomNormal([8, 6], 0, 1, "float32", 99);
  const loss = () => tf.mean(tf.square(tf.matMul(tf.relu(tf.add(tf.matMul(x, vars[0]), vars[1])), vars[2]))) as tf.Scalar;
  return { vars, loss, dispose: () => tf.dispose([...vars, x]) };
}

const kernels = async (f: () => void) =>
  (await tf.profile(f)).kernels.filter((k) => k.name !== "unnamed scope" && !k.name.endsWith("__op")).length;

describe("FlatAdam", () => {
  it("takes the same steps as tf.train.adam (float32 noise) over 30 steps", () => {
    const [a, b] = [problem(1), problem(1)];
    const [reference, flat] = [tf.train.adam(0.01), new FlatAdam({ learningRate: 0.01 })];
    for (let i = 0; i < 30; i++) {
      reference.minimize(a.loss, false, a.vars);
      flat.minimize(b.loss, false, b.vars);
    }
    a.vars.forEach((v, k) => {
      const scale = tf.max(tf.abs(v)).dataSync()[0];
      const gap = tf.max(tf.abs(tf.sub(v, b.vars[k]))).dataSync()[0];
      // the bias corrections are folded into two float64 numbers: the same maths, other roundings
      expect(gap).toBeLessThan(1e-5 * Math.max(1, scale));
    });
    expect(flat.iterations).toBe(30);
    [reference, flat].forEach((o) => o.dispose());
    a.dispose();
    b.dispose();
  });

  it("runs fewer kernels a step than tf.train.adam and keeps the tensor count flat", async () => {
    const [a, b] = [problem(2), problem(2)];
    const [reference, flat] = [tf.train.adam(0.01), new FlatAdam({ learningRate: 0.01 })];
    reference.minimize(a.loss, false, a.vars);
    flat.minimize(b.loss, false, b.vars);
    const before = tf.memory().numTensors;
    const ours = await kernels(() => flat.minimize(b.loss, false, b.vars));
    const theirs = await kernels(() => reference.minimize(a.loss, false, a.vars));
    expect(ours).toBeLessThan(theirs);
    expect(tf.memory().numTensors).toBe(before);
    [reference, flat].forEach((o) => o.dispose());
    a.dispose();
    b.dispose();
  });

  it("saves and restores its moments: a restored optimiser continues exactly", async () => {
    const [a, b] = [problem(3), problem(3)];
    const first = new FlatAdam({ learningRate: 0.01 });
    for (let i = 0; i < 5; i++) first.minimize(a.loss, false, a.vars);
    // b starts where a is, with a copy of a's optimiser state
    b.vars.forEach((v, k) => v.assign(a.vars[k]));
    const second = new FlatAdam({ learningRate: 0.01 });
    await second.setWeights((await first.getWeights()).map((w) => ({ name: w.name, tensor: w.tensor.clone() })));
    first.minimize(a.loss, false, a.vars);
    second.minimize(b.loss, false, b.vars);
    a.vars.forEach((v, k) => expect(Array.from(v.dataSync())).toEqual(Array.from(b.vars[k].dataSync())));
    [first, second].forEach((o) => o.dispose());
    a.dispose();
    b.dispose();
  });

  it("refuses misspelt options, bad values, and variables it was not laid out for", () => {
    expect(() => new FlatAdam({ learningrate: 0.1 } as never)).toThrow("did you mean 'learningRate'?");
    expect(() => new FlatAdam({ learningRate: -1 })).toThrow(ValueError);
    expect(() => new FlatAdam({ beta1: 1 })).toThrow(ValueError);
    expect(() => new FlatAdam({ epsilon: "1e-8" as never })).toThrow(InputTypeError);
    const p = problem(4);
    const opt = new FlatAdam();
    opt.minimize(p.loss, false, p.vars.slice(0, 2));
    expect(() => opt.minimize(p.loss, false, p.vars)).toThrow("losslab.FlatAdam.applyGradients: argument 'variableGradients'");
    opt.dispose();
    p.dispose();
  });
});
