/**
 * Conv4's batch-norm layers train through `batchNormTraining` on the native backend (TensorFlow's fused
 * kernels; elsewhere the layer's own step): the same outputs, gradients and moving averages as
 * tf.layers' BatchNormalization step, to float32 rounding. Reference: the same network with the
 * layers' own `call` (BatchNormalization.prototype.call) put back.
 */
import { tf, Conv4, Rng } from "losslab";
import { relativeToLargest } from "../backend/relative_to_largest";

// tfjs-layers' dense layer runs fusedMatMul, whose native kernel keeps a tensor that the IS_TEST leak check flags
let leakCheck: boolean;
beforeAll(() => {
  leakCheck = tf.env().getBool("IS_TEST");
  tf.env().set("IS_TEST", false);
});
afterAll(() => tf.env().set("IS_TEST", leakCheck));

const relative = relativeToLargest;

it("trains with the outputs, gradients and moving averages of tf.layers' own batch-norm step", () => {
  const make = (own: boolean) => {
    const net = new Conv4({ filters: 8, embeddingSize: 5, seed: 3 });
    if (own) for (const l of net.model.layers) if (l.getClassName() === "BatchNormalization") l.call = Object.getPrototypeOf(l).call.bind(l);
    return net;
  };
  const [fused, layers] = [make(false), make(true)];
  const rng = new Rng(4);
  const x = tf.tensor2d(Float32Array.from({ length: 6 * 784 }, () => rng.next() * 3 - 1), [6, 784]);
  const r = tf.tensor2d(Float32Array.from({ length: 6 * 5 }, () => rng.normal()), [6, 5]);
  const before = tf.memory().numTensors;
  // wasm has no Conv2DBackpropFilter kernel (and tfjs's fused convolution computes it for any gradient through it):
  // there only the outputs and the moving averages are compared
  const wasm = tf.getBackend() === "wasm";
  const learned = (net: Conv4) => (wasm ? [] : net.model.trainableWeights.map((w, i) => ({ name: w.originalName, v: net.variables[i] })));
  const run = (net: Conv4) =>
    tf.tidy(() => {
      const out = net.apply(x, { training: true });
      const second = net.apply(x, { training: true });
      const grads = wasm ? [] : tf.grads(() => tf.sum(tf.mul(net.apply(x, { training: true }), r)))(learned(net).map((w) => w.v));
      second.dispose();
      return { out: out.dataSync(), grads: grads.map((g) => g.dataSync()) };
    });
  const a = run(fused);
  const b = run(layers);
  expect(tf.memory().numTensors).toBe(before);
  expect(relative(a.out, b.out)).toBeLessThan(1e-4);
  const names = learned(fused).map((w) => w.name);
  expect(names.length).toBe(wasm ? 0 : 18);
  names.forEach((name, i) => {
    // a convolution's bias before batch norm has a gradient of exactly 0 in exact arithmetic: only rounding noise
    if (/conv\d\/bias/.test(name)) expect(Math.max(...Array.from(a.grads[i], Math.abs))).toBeLessThan(1e-4);
    else expect(`${name}: ${relative(a.grads[i], b.grads[i]) < 2e-3}`).toBe(`${name}: true`);
  });
  // the training passes (two, or three with the gradient's forward) moved the moving averages alike
  const moving = (net: Conv4) => net.model.weights.filter((w) => /moving/.test(w.originalName)).map((w) => w.read().dataSync());
  const ma = moving(fused);
  const mb = moving(layers);
  expect(ma.length).toBe(8);
  ma.forEach((m, i) => expect(relative(m, mb[i])).toBeLessThan(1e-4));
  tf.dispose([x, r]);
  fused.dispose();
  layers.dispose();
});
