import { ArcFaceHead, ASoftmaxHead, CosFaceHead, InputTypeError, ModifiedSoftmaxHead, NormFaceHead, SoftmaxHead, LSoftmaxHead, ValueError, tf } from "losslab";
import { buildHead, capstoneHeadSpec, HEAD_KINDS, type HeadSpec } from "losslab-course";

describe("buildHead", () => {
  it("builds the class each kind names, with the options given", () => {
    const base = { inputDim: 3, numClasses: 4, seed: 2 };
    const classes = { softmax: SoftmaxHead, modifiedSoftmax: ModifiedSoftmaxHead, lSoftmax: LSoftmaxHead, aSoftmax: ASoftmaxHead, cosFace: CosFaceHead, arcFace: ArcFaceHead, normFace: NormFaceHead };
    expect([...HEAD_KINDS].sort()).toEqual(Object.keys(classes).sort());
    const before = tf.memory().numTensors;
    for (const kind of HEAD_KINDS) {
      const options = kind === "lSoftmax" || kind === "aSoftmax" ? { ...base, m: 4 } : base;
      const head = buildHead({ kind, options } as HeadSpec);
      expect(head).toBeInstanceOf(classes[kind]);
      head.dispose();
    }
    // the same weights as the constructor with the same options (the seed is passed through)
    const built = buildHead({ kind: "cosFace", options: { ...base, s: 20, m: 0.3 } });
    const direct = new CosFaceHead({ ...base, s: 20, m: 0.3 });
    expect(built.trainableVariables.map((v) => Array.from(v.dataSync()))).toEqual(direct.trainableVariables.map((v) => Array.from(v.dataSync())));
    built.dispose();
    direct.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("refuses an unknown kind, a missing options object and a misspelt key, naming the argument", () => {
    expect(() => buildHead({ kind: "cosface", options: {} } as never)).toThrow(/buildHead: argument 'spec\.kind'.*'cosFace'/);
    expect(() => buildHead({ kind: "softmax" } as never)).toThrow(/buildHead.*spec\.options/);
    expect(() => buildHead({ kind: "softmax", options: { inputDim: 3, numClasses: 4 }, seed: 1 } as never)).toThrow(/buildHead.*seed/);
    expect(() => buildHead(null as never)).toThrow(InputTypeError);
  });
});

describe("capstoneHeadSpec", () => {
  it("describes the capstone's classifier heads with CAPSTONE_SETTINGS' values, and refuses the embedding losses", () => {
    expect(capstoneHeadSpec("cosFace", 3, 8, 1)).toEqual({ kind: "cosFace", options: { inputDim: 3, numClasses: 8, seed: 1, s: 30, m: 0.35 } });
    expect(capstoneHeadSpec("arcFace", 3, 8, 1)).toEqual({ kind: "arcFace", options: { inputDim: 3, numClasses: 8, seed: 1, s: 30, m: 0.5 } });
    expect(capstoneHeadSpec("aSoftmax", 3, 8, 1).options).toMatchObject({ m: 4, annealing: { base: 1000, gamma: 1, power: 2, lambdaMin: 5 } });
    expect(() => capstoneHeadSpec("triplet", 3, 8, 1)).toThrow(ValueError);
    expect(() => capstoneHeadSpec("contrastive", 3, 8, 1)).toThrow(/capstoneHeadSpec: argument 'loss'.*classifier loss/);
  });
});
