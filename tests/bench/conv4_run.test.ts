import { tf, ValueError } from "losslab";
import { conv4Run, profileConv4Step } from "losslab-course";

// tfjs-layers' dense layer runs fusedMatMul, whose native kernel keeps a tensor that the engine's
// IS_TEST leak check (tests/setup.ts) flags; these tests count tensors themselves
let leakCheck: boolean;
beforeAll(() => {
  leakCheck = tf.env().getBool("IS_TEST");
  tf.env().set("IS_TEST", false);
});
afterAll(() => tf.env().set("IS_TEST", leakCheck));

// tfjs's wasm backend has no Conv2DBackpropFilter kernel: a convolution's weights cannot be trained there
const trainsConvolutions = () => tf.getBackend() !== "wasm";

describe("conv4Run", () => {
  it("trains the Conv-4 step (the loss falls on batches it keeps seeing) and frees everything", () => {
    const before = tf.memory().numTensors;
    const run = conv4Run({ batchSize: 2, classes: 5, batches: 1, filters: 4 });
    if (!trainsConvolutions()) {
      expect(() => run.step(0)).toThrow("Kernel 'Conv2DBackpropFilter' not registered for backend 'wasm'");
      run.dispose();
      return;
    }
    const first = run.loss();
    for (let i = 0; i < 8; i++) run.step(i);
    run.sync();
    expect(Number.isFinite(first)).toBe(true);
    expect(run.loss()).toBeLessThan(first);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("refuses misspelt options and bad counts, naming them", () => {
    expect(() => conv4Run({ batchsize: 4 } as never)).toThrow("did you mean 'batchSize'?");
    expect(() => conv4Run({ classes: 1 })).toThrow(ValueError);
  });
});

describe("profileConv4Step", () => {
  it("lists the kernels of a Conv-4 step (its convolutions among them), slowest first, and frees everything", async () => {
    if (!trainsConvolutions()) {
      await expect(profileConv4Step({ batchSize: 2, classes: 5, filters: 4, steps: 1, warmup: 1, timedSteps: 1 })).rejects.toThrow("Conv2DBackpropFilter");
      return;
    }
    const before = tf.memory().numTensors;
    const p = await profileConv4Step({ batchSize: 2, classes: 5, filters: 4, steps: 1, warmup: 1, timedSteps: 1 });
    expect(p.backend).toBe(tf.getBackend());
    expect(p.kernels.some((k) => /Conv2D/.test(k.kernel) && k.kernel.includes("[3,3,4,4]"))).toBe(true);
    for (let i = 1; i < p.kernels.length; i++) expect(p.kernels[i].ms).toBeLessThanOrEqual(p.kernels[i - 1].ms);
    expect(p.kernelsPerStep).toBeCloseTo(p.kernels.reduce((s, k) => s + k.calls, 0), 9);
    expect(p.msPerStep).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
