// The options checker and the cases of issue 15, checked one by one on the test backend.
import * as LLibrary from "losslab";
import * as LCourse from "losslab-course";
// the names of both packages, as the single package of before the split had them
const L = { ...LLibrary, ...LCourse };
import { InputTypeError, ShapeError, ValueError, tf, validationConfig } from "losslab";
import { checkOptions, closestName, editDistance } from "losslab/internal";

/** The error a call throws, after checking that no tensor was left behind. */
function errorOf(call: () => unknown): Error {
  const before = tf.memory().numTensors;
  try {
    const value = call();
    if (value instanceof tf.Tensor) value.dispose();
  } catch (e) {
    expect(tf.memory().numTensors).toBe(before);
    return e as Error;
  }
  throw new Error("expected the call to throw");
}

describe("checkOptions", () => {
  it("lists the accepted options when the options argument is missing or not an object", () => {
    for (const bad of [undefined, null, 3, "sum", [1]]) {
      expect(() => checkOptions("f", bad, ["labels", "reduction?"])).toThrow(InputTypeError);
    }
    expect(() => checkOptions("f", undefined, ["labels", "reduction?"])).toThrow(
      "losslab.f: argument 'options' must be an options object { labels, reduction? }, but got undefined.",
    );
  });

  it("refuses an unknown key with the nearest accepted one, and nulls", () => {
    expect(() => checkOptions("f", { reducton: "sum" }, ["reduction?"])).toThrow(
      "losslab.f: argument 'reducton' must be one of the options { reduction? } (did you mean 'reduction'?), but got an unknown option.",
    );
    expect(() => checkOptions("f", { delta: null }, ["delta?"])).toThrow("losslab.f: argument 'delta' must be a value, or left out for its default, but got null.");
    expect(() => checkOptions("f", { base: 1 }, ["gamma?"], "annealing")).toThrow("argument 'annealing.base'");
    expect(checkOptions("f", { delta: undefined }, ["delta?"])).toEqual({ delta: undefined });
  });

  it("suggests by edit distance (case and underscores ignored) and by known aliases", () => {
    expect(editDistance("marign", "margin")).toBe(2);
    expect(closestName("delt", ["delta", "labels"])).toBe("delta");
    expect(closestName("gama", ["gamma", "alpha"])).toBe("gamma");
    expect(closestName("easy_margin", ["m", "s", "easyMargin"])).toBe("easyMargin");
    expect(closestName("scale", ["s", "m"])).toBe("s");
    expect(closestName("margin", ["s", "m"])).toBe("m");
    expect(closestName("knd", ["scores", "isSame", "kind"])).toBe("kind");
    expect(closestName("digit", ["digits", "cacheDir"])).toBe("digits");
    expect(closestName("zzzzzz", ["labels"])).toBeUndefined();
  });
});

describe("the cases of issue 15", () => {
  const labels = [1, 2];
  const predictions = [1.5, 0];

  it("misspelt and wrongly typed options are refused, not ignored", () => {
    expect(errorOf(() => L.meanSquaredError({ labels, predictions, reducton: "sum" } as never)).message).toContain("did you mean 'reduction'?");
    expect(errorOf(() => L.huberLoss({ labels, predictions, delt: 2 } as never)).message).toContain("did you mean 'delta'?");
    expect(errorOf(() => L.sigmoidFocalLoss({ labels: [1, 0], logits: [1, 2], gama: 2 } as never)).message).toContain("did you mean 'gamma'?");
    expect(errorOf(() => L.tripletLoss({ anchors: [[0]], positives: [[0]], negatives: [[1]], marign: 1 } as never)).message).toContain("did you mean 'margin'?");
    expect(errorOf(() => new L.CosFaceHead({ inputDim: 2, numClasses: 3, scale: 30 } as never)).message).toContain("did you mean 's'?");
    expect(errorOf(() => new L.ArcFaceHead({ inputDim: 2, numClasses: 3, margin: 0.5 } as never)).message).toContain("did you mean 'm'?");
    expect(errorOf(() => new L.ArcFaceHead({ inputDim: 2, numClasses: 3, easy_margin: true } as never)).message).toContain("did you mean 'easyMargin'?");
    expect(errorOf(() => L.rocAuc({ scores: [1, 2], isSame: [1, 0], knd: "similarity" } as never)).message).toContain("losslab.rocAuc: argument 'knd'");
    expect(errorOf(() => L.loadMnist({ digit: [3] } as never)).message).toContain("did you mean 'digits'?");
    expect(errorOf(() => L.huberLoss({ labels, predictions, delta: null } as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => new L.ASoftmaxHead({ inputDim: 2, numClasses: 3, annealing: 5 } as never)).message).toContain(
      "losslab.ASoftmaxHead: argument 'annealing' must be an options object",
    );
    expect(errorOf(() => L.decisionRule("c", { psi: "no" } as never)).message).toBe("losslab.decisionRule: argument 'psi' must be true or false, but got 'no'.");
  });

  it("the remaining public functions: EmbeddingNet.embed, compareDescent, checkMetricAxioms refuse unknown keys, nulls and wrong types", () => {
    const net = new L.EmbeddingNet({ inputSize: 2, hidden: [3], embeddingSize: 2 });
    try {
      expect(errorOf(() => net.embed([[1, 2]], { batchsize: 1 } as never)).message).toBe(
        "losslab.EmbeddingNet.embed: argument 'batchsize' must be one of the options { batchSize? } (did you mean 'batchSize'?), but got an unknown option.",
      );
      expect(errorOf(() => net.embed([[1, 2]], { batchSize: null } as never))).toBeInstanceOf(InputTypeError);
      expect(errorOf(() => net.embed([[1, 2]], null as never)).message).toContain("losslab.EmbeddingNet.embed: argument 'options' must be an options object");
      expect(errorOf(() => net.embed([[1, 2]], { batchSize: "2" } as never))).toBeInstanceOf(InputTypeError);
    } finally {
      net.dispose();
    }
    const model = new L.LinearRegression([1, 2, 3], [2, 4, 6]);
    const good = { theta0: [0, 0], learningRates: [0.1], epochs: 2 };
    expect(errorOf(() => L.compareDescent(model, { ...good, batch: ["full"] } as never)).message).toContain("argument 'batch' must be one of the options { theta0, learningRates, epochs, batches?, seed? } (did you mean 'batches'?)");
    expect(errorOf(() => L.compareDescent(model, { ...good, seed: null } as never)).message).toContain("losslab.compareDescent: argument 'seed'");
    expect(errorOf(() => L.compareDescent(model, { ...good, epochs: "2" } as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.compareDescent(model, { ...good, learningRates: [0.1, -1] })).message).toContain("argument 'learningRates[1]' must be a number > 0");
    expect(errorOf(() => L.compareDescent(model, { ...good, batches: ["ful"] } as never)).message).toBe(
      "losslab.compareDescent: argument 'batches[0]' must be 'full', 'sample' or a mini-batch size, but got 'ful'.",
    );
    expect(errorOf(() => L.compareDescent(model, { ...good, batches: [0] })).message).toContain("argument 'batches[0]' must be an integer >= 1");
    expect(errorOf(() => L.compareDescent(model, { ...good, batches: "full" } as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.compareDescent(model, undefined as never))).toBeInstanceOf(InputTypeError);
    expect(L.compareDescent(model, { ...good, batches: ["full", 2] }).map((r) => r.label)).toEqual(["full batch", "mini-batch (2)"]);
    const points = [[0], [1], [2]];
    expect(errorOf(() => L.checkMetricAxioms({ points, distance: "euclidean", tol: 1 } as never)).message).toContain("(did you mean 'tolerance'?)");
    expect(errorOf(() => L.checkMetricAxioms({ points, distance: "euclidean", tolerance: null } as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.checkMetricAxioms(null as never)).message).toContain("losslab.checkMetricAxioms: argument 'options' must be an options object { points, distance, tolerance? }");
  });

  it("positional arguments: pointDistance, vectorAngle, loadAnscombe, selectMnistRows refuse null, wrong types and mismatched lengths", () => {
    expect(errorOf(() => L.pointDistance("cosine", [1, null] as never, [0, 1])).message).toBe("losslab.pointDistance: argument 'a[1]' must be a number, but got null.");
    expect(errorOf(() => L.pointDistance("cos" as never, [1, 0], [0, 1]))).toBeInstanceOf(ValueError);
    expect(errorOf(() => L.pointDistance("euclidean", [1, 0], [0]))).toBeInstanceOf(ShapeError);
    expect(errorOf(() => L.pointDistance("euclidean", [1, 0], "01" as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.pointDistance("manhattan", [1, NaN], [0, 1]))).toBeInstanceOf(ValueError);
    expect(L.pointDistance("manhattan", Float64Array.from([1, 2]), [0, 0])).toBe(3);
    expect(errorOf(() => L.vectorAngle([1, 0], null as never)).message).toBe("losslab.vectorAngle: argument 'b' must be an array of numbers, but got null.");
    expect(errorOf(() => L.vectorAngle([1, Infinity], [0, 1]))).toBeInstanceOf(ValueError);
    expect(errorOf(() => L.vectorAngle([], []))).toBeInstanceOf(ShapeError);
    expect(errorOf(() => L.loadAnscombe("iii" as never)).message).toBe("losslab.loadAnscombe: argument 'set' must be one of 'I', 'II', 'III', 'IV' (did you mean 'III'?), but got 'iii'.");
    expect(errorOf(() => L.loadAnscombe("2" as never)).message).toContain("(did you mean 'II'?)");
    expect(errorOf(() => L.loadAnscombe(null as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.loadAnscombe(3 as never))).toBeInstanceOf(InputTypeError);
    const set = { images: new Float32Array(2 * L.MNIST_PIXELS), labels: Int32Array.from([3, 5]), count: 2 };
    expect(errorOf(() => L.selectMnistRows(set, null as never)).message).toBe("losslab.selectMnistRows: argument 'rows' must be an array of row indices, but got null.");
    expect(errorOf(() => L.selectMnistRows(set, "01" as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.selectMnistRows(set, [1, null] as never)).message).toContain("argument 'rows[1]'");
    expect(errorOf(() => L.selectMnistRows(set, [2]))).toBeInstanceOf(ValueError);
    expect(Array.from(L.selectMnistRows(set, Int32Array.from([1, 0])).labels)).toEqual([5, 3]);
  });

  it("a missing options object is an error naming the function, not a TypeError", () => {
    for (const call of [
      () => L.meanSquaredErrorGradient(undefined as never),
      () => L.samplePairs(undefined as never),
      () => L.targetLogit(undefined as never),
      () => L.softmaxCrossEntropyGradient(undefined as never),
    ]) {
      expect(errorOf(call)).toBeInstanceOf(InputTypeError);
    }
    const head = new L.SoftmaxHead({ inputDim: 2, numClasses: 2 });
    expect(errorOf(() => head.loss([[1, 2]], [0], null as never)).message).toContain("losslab.SoftmaxHead.loss: argument 'options'");
    head.dispose();
  });

  it("one-hot and probability rows must sum to 1", () => {
    const logits = [[1, 2], [0, 1]];
    for (const bad of [[[1, 1], [0, 1]], [[0, 0], [0, 1]], [[0.8, 0], [0, 1]]]) {
      expect(errorOf(() => L.softmaxCrossEntropy({ labels: bad, logits }))).toBeInstanceOf(ValueError);
    }
    expect(errorOf(() => L.softmaxCrossEntropy({ labels: [[1, 1], [0, 1]], logits })).message).toContain("a row summing to 2 at row [0]");
    L.softmaxCrossEntropy({ labels: [[0.3, 0.7], [0, 1]], logits }).dispose();
    const target = L.cosFaceMarginTarget(0.2);
    expect(errorOf(() => L.marginCrossEntropy([[0.1, 0.2]] as never, [[1, 1]] as never, target, 10)).message).toContain(
      "losslab.marginCrossEntropy: argument 'oneHot'",
    );
  });

  it("numeric helpers refuse NaN, Infinity and values outside their domain", () => {
    expect(errorOf(() => L.psiOfCos([2], 2)).message).toContain("losslab.psiOfCos: argument 'cos' must be cosines");
    expect(errorOf(() => L.psiOfTheta([4], 2)).message).toContain("losslab.psiOfTheta: argument 'theta' must be angles");
    for (const call of [
      () => L.psiOfTheta([NaN], 2),
      () => L.l2Norm([[NaN, 1]]),
      () => L.l2Normalize([[Infinity, 1]]),
      () => L.cosines([[NaN, 1]], [[1], [0]]),
      () => L.arcFaceTargetFromCos([NaN]),
      () => L.marginCrossEntropy([[NaN, 0.2]] as never, [[1, 0]] as never, L.cosFaceMarginTarget(0.2), 10),
      () => L.safeSqrt([NaN]),
      () => L.safeAcos([NaN]),
    ]) {
      expect(errorOf(call)).toBeInstanceOf(ValueError);
    }
    // a float32 π and a cosine a rounding error above 1 are accepted
    L.psiOfTheta([Math.fround(Math.PI)], 4).dispose();
    L.psiOfCos([1.0000001], 4).dispose();
    expect(errorOf(() => L.degrees("90" as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.glorotUniform("2" as never, 2, 0))).toBeInstanceOf(InputTypeError);
    const [row, square] = [tf.zeros([1, 2]) as tf.Tensor2D, tf.tensor2d([[1, 2], [3, 4]])];
    expect(errorOf(() => L.rowDistance("manhattan" as never, row, row)).message).toContain("losslab.rowDistance: argument 'name' must be one of");
    expect(errorOf(() => L.rocAuc({ scores: square, isSame: [1, 0, 1, 0] }))).toBeInstanceOf(ShapeError);
    tf.dispose([row, square]);
  });

  it("safeAcos(NaN): refused with value checks on, NaN (not π) with them off, on every backend", () => {
    validationConfig.valueChecks = false;
    try {
      const t = L.safeAcos([NaN, 1]);
      const [nan, zero] = Array.from(t.dataSync());
      t.dispose();
      expect(nan).toBeNaN();
      expect(zero).toBeCloseTo(0, 3);
    } finally {
      validationConfig.valueChecks = true;
    }
  });

  it("counts that allocate have an upper bound the error names", () => {
    expect(errorOf(() => L.samplePairs({ labels: [0, 1], count: 1e9 })).message).toBe(
      "losslab.samplePairs: argument 'count' must be an integer >= 0 and <= 10000000, but got 1000000000.",
    );
    expect(errorOf(() => L.mineRandomTriplets({ embeddings: [[0], [1]], labels: [0, 1], count: 1e9 })).message).toContain("<= 10000000");
    expect(errorOf(() => L.psiPieces(1e9)).message).toContain("<= 1000");
    expect(errorOf(() => new L.SoftmaxHead({ inputDim: 1e6, numClasses: 1e6 })).message).toContain("inputDim · numClasses <= 100000000");
  });

  it("a head that refuses an option leaks no variable; a disposed head says so; methods name themselves", () => {
    const before = tf.memory().numTensors;
    for (const bad of [
      () => new L.ASoftmaxHead({ inputDim: 2, numClasses: 3, m: 1.5 }),
      () => new L.LSoftmaxHead({ inputDim: 2, numClasses: 3, annealing: { base: -1 } }),
      () => new L.CosFaceHead({ inputDim: 2, numClasses: 3, s: -1 }),
      () => new L.ArcFaceHead({ inputDim: 2, numClasses: 3, easyMargin: "no" as never }),
      () => new L.SoftmaxHead({ inputDim: 2, numClasses: 3, bias: [0, 0] }),
    ]) {
      expect(bad).toThrow();
    }
    expect(tf.memory().numTensors).toBe(before);
    const head = new L.ArcFaceHead({ inputDim: 2, numClasses: 3 });
    expect(errorOf(() => head.predict([[1, 2, 3]])).message).toContain("losslab.ArcFaceHead.predict: argument 'features'");
    head.dispose();
    expect(head.isDisposed).toBe(true);
    expect(errorOf(() => head.loss([[1, 2]], [0])).message).toBe(
      "losslab.ArcFaceHead.loss: argument 'this' must be a head that has not been disposed, but got a disposed head (dispose() was called).",
    );
    expect(errorOf(() => L.angles([[1, 2]], [[1], [NaN]])).message).toContain("losslab.angles:");
  });
});

describe("empty inputs on every backend (wasm's empty reductions read uninitialised memory)", () => {
  it("reduceLoss of a plain empty array is 0", () => {
    for (const reduction of ["mean", "sum"] as const) {
      const t = L.reduceLoss("f", [], reduction);
      expect(t.dataSync()[0]).toBe(0);
      t.dispose();
    }
  });

  it("the batch losses on an empty batch: 0, a zero gradient, nothing leaked", () => {
    const before = tf.memory().numTensors;
    const empty = tf.zeros([0, 2]);
    const losses = [
      (e: tf.Tensor) => L.batchContrastiveLoss({ embeddings: e, labels: [] }),
      (e: tf.Tensor) => L.batchTripletLoss({ embeddings: e, labels: [] }),
    ];
    for (const loss of losses) {
      const { value, grad } = tf.valueAndGrad((e: tf.Tensor) => loss(e) as tf.Scalar)(empty);
      expect(value.dataSync()[0]).toBe(0);
      expect(grad.shape).toEqual([0, 2]);
      tf.dispose([value, grad]);
    }
    empty.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("figures, notebook output, exercise checkers and probeStatistics refuse bad input by name", () => {
  const axes = { title: "t", xTitle: "x", yTitle: "y" };

  it("an exercise checker names itself, not checkExercise", () => {
    expect(errorOf(() => L.checkHuberLoss(() => L.notYet(), { mustpass: true } as never)).message).toBe(
      "losslab.checkHuberLoss: argument 'mustpass' must be one of the options { mustPass? } (did you mean 'mustPass'?), but got an unknown option.",
    );
    expect(errorOf(() => L.checkTripletAnchorGradient(() => L.notYet(), { mustPass: "yes" } as never)).message).toContain("losslab.checkTripletAnchorGradient: argument 'mustPass'");
  });

  it("a figure builder refuses a key it does not use: a spread config is caught, not ignored", () => {
    const panel = { title: "p", features: [[1, 2]], labels: [0] };
    expect(errorOf(() => L.featureFigure([panel], { title: "t", colums: 2 } as never)).message).toContain("losslab.featureFigure: argument 'colums' must be one of the options { title, columns?, height? } (did you mean 'columns'?)");
    expect(errorOf(() => L.figure([], { ...axes, sliderTitle: "m" } as never))).toBeInstanceOf(InputTypeError);
    expect(errorOf(() => L.psiFigure({ ms: [1, 2.5] })).message).toContain("losslab.psiFigure: argument 'ms[1]' must be an integer >= 1");
    expect(errorOf(() => L.embeddingFigure([{ title: "p", embeddings: [[0, 1]], labels: [0, 1] }])).message).toContain("argument 'panels[0].labels'");
    expect(errorOf(() => L.line([0, 1], [1], { name: "a" })).message).toContain("losslab.line: argument 'y' must be as many values as 'x' (2)");
    expect(errorOf(() => L.line([0, 1], [1, 2], { name: "a", dash: "dashed" } as never))).toBeInstanceOf(ValueError);
  });

  it("controlledFigure checks its controls: 1 to 3, each with values, an active index in range", () => {
    const good = { ...axes, traces: () => [] };
    expect(errorOf(() => L.controlledFigure({ ...good, controls: [] })).message).toContain("1 to 3 sliders");
    expect(errorOf(() => L.controlledFigure({ ...good, controls: [{ name: "m", values: [1, 2], active: 2 }] })).message).toContain("argument 'controls[0].active' must be an integer >= 0 and <= 1");
    expect(errorOf(() => L.controlledFigure({ ...good, controls: [{ name: "m", values: [], active: 0 }] }))).toBeInstanceOf(ShapeError);
    expect(errorOf(() => L.targetLogitFigure({ title: "t", controls: [{ name: "m", value: [1] } as never], curves: () => [] })).message).toContain("argument 'controls[0].value'");
  });

  it("notebook output: table, figureBundle, live figures, setup", async () => {
    expect(errorOf(() => L.table([{ a: 1 }], { digit: 3 } as never)).message).toContain("(did you mean 'digits'?)");
    expect(errorOf(() => L.table([{ a: true } as never])).message).toContain("losslab.table: argument 'rows[0].a' must be a number or a string");
    expect(errorOf(() => L.figureBundle({ layout: {} } as never)).message).toContain("losslab.figureBundle: argument 'fig.data'");
    expect(errorOf(() => L.live().figure(L.figure([], axes), { last: true } as never)).message).toContain("losslab.LiveOutput.figure: argument 'last'");
    await expect(L.setup({ quite: true } as never)).rejects.toThrow("losslab.setup: argument 'quite' must be one of the options { backend?, quiet? } (did you mean 'quiet'?)");
    await expect(L.setup({ backend: "gpu" } as never)).rejects.toThrow("losslab.setup: argument 'backend'");
  });

  it("probeStatistics checks its embeddings, index sets and margin", () => {
    const e = [[0, 0], [0.3, 0], [1, 0]];
    const triplets = { anchors: Int32Array.from([0]), positives: Int32Array.from([1]), negatives: Int32Array.from([2]) };
    const pairs = { first: Int32Array.from([0]), second: Int32Array.from([2]), same: Uint8Array.from([0]) };
    expect(errorOf(() => L.probeStatistics(e, { ...triplets, negatives: Int32Array.from([3]) }, pairs, 0.2)).message).toContain("argument 'triplets.negatives' must be row indices, integers >= 0 and < 3");
    expect(errorOf(() => L.probeStatistics(e, triplets, { ...pairs, same: Uint8Array.from([2]) }, 0.2)).message).toContain("argument 'pairs.same'");
    expect(errorOf(() => L.probeStatistics(e, triplets, { first: pairs.first, second: pairs.second } as never, 0.2)).message).toContain("argument 'pairs' must be an object { first, second, same }");
    expect(errorOf(() => L.probeStatistics([[0, 0], [1]], triplets, pairs, 0.2))).toBeInstanceOf(ShapeError);
    expect(errorOf(() => L.probeStatistics([[0, 0], [0, NaN], [1, 1]], triplets, pairs, 0.2)).message).toContain("argument 'e[1][1]'");
    expect(errorOf(() => L.probeStatistics(e, triplets, pairs, -1))).toBeInstanceOf(ValueError);
  });
});
