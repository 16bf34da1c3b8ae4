import { classColor, contrastiveCurves, contrastiveCurvesFigure, distanceHistogramFigure, embeddingFigure,
         embeddingSnapshotFigure, runPanel, spreadFigure, tripletCategoryFigure, verificationHistogram,
         type EmbeddingRun, type EmbeddingSnapshot, type PairVerification } from "losslab-course";

function snapshot(epoch: number, spread: number): EmbeddingSnapshot {
  return {
    lossName: "triplet", epoch, epochs: 2, loss: epoch === 0 ? NaN : 0.1, seconds: epoch,
    easy: 100 * epoch, semiHard: 400 - 100 * epoch, hard: 500, triplets: 1000,
    spread, meanNorm: spread, positiveDistance: spread / 2, negativeDistance: spread * 2,
    embeddings: [[0, 0], [1, spread], [2, 1], [3, -1]], labels: [0, 0, 7, 7], rows: [10, 11, 12, 13],
  };
}

function run(label: string, miner: EmbeddingRun["miner"], spreads: number[]): EmbeddingRun {
  const snapshots = spreads.map((s, k) => snapshot(k, s));
  return {
    name: `triplet · ${label}`, label, loss: "triplet", miner, margin: 0.2,
    history: { batchLoss: [1, 1, 1, 1, 1, 1], epochLoss: [1, 1], steps: 6, seconds: 1 },
    snapshots, final: snapshots[snapshots.length - 1], used: [5, 5, 5, 5, 5, 5], candidates: [9, 9, 9, 9, 9, 9], usedPerEpoch: [5, 5], seconds: 1,
  };
}

describe("embeddingFigure", () => {
  const panel = runPanel(run("batch-hard", "batchHard", [1, 0.5, 0.01]));

  it("one trace per digit in its class colour, with hover text naming the digit and its test image", () => {
    const f = embeddingFigure([panel]);
    expect(f.data.map((t) => t.name)).toEqual(["digit 0", "digit 7"]);
    expect((f.data[1].marker as { color: string }).color).toBe(classColor(7));
    expect((f.data[1].text as string[])[0]).toBe("digit 7 · test image 12<br>f(x) = (2, 1)");
    expect(f.data[0].hovertemplate).toBe("%{text}<extra></extra>");
    expect(f.layout.title).toEqual({ text: "triplet · batch-hard: test digits after 2 epochs (spread 0.01)" });
    const y = f.layout.yaxis as { scaleanchor: string; title: { text: string } };
    expect(y.scaleanchor).toBe("x"); // equal scales
    expect(y.title.text).toBe("f(x)₂");
    expect((f.layout.xaxis as { range: number[] }).range[0]).toBeLessThan(0);
  });

  it("several panels get a slider, each step with its own title and axis ranges", () => {
    const other = { ...panel, title: "other", label: "other", embeddings: panel.embeddings.map(([a, b]) => [10 * a, 10 * b]) };
    const f = embeddingFigure([panel, other], { active: 1 });
    const sliders = f.layout.sliders as { steps: { label: string; args: [unknown, { title: { text: string }; xaxis: { range: number[] } }] }[]; active: number }[];
    expect(sliders[0].steps.map((s) => s.label)).toEqual(["batch-hard", "other"]);
    expect(sliders[0].active).toBe(1);
    expect(sliders[0].steps[1].args[1].xaxis.range[1]).toBeGreaterThan(30);
    expect(f.data.map((t) => t.visible)).toEqual([false, false, true, true]);
  });

  it("rejects no panel or non-2-D embeddings", () => {
    expect(() => embeddingFigure([])).toThrow(/at least one panel/);
    expect(() => embeddingFigure([{ ...panel, embeddings: [[1, 2, 3]] }])).toThrow(/2-D/);
  });

  it("the live snapshot figure carries the status line", () => {
    const f = embeddingSnapshotFigure("demo", snapshot(1, 0.5));
    expect((f.layout.title as { text: string }).text).toContain("epoch 1/2 · loss 0.1 · spread 0.5");
  });
});

describe("distanceHistogramFigure", () => {
  const v: PairVerification = {
    score: "euclidean", threshold: 0.8, calibrationAccuracy: 0.9, accuracy: 0.85, truePositiveRate: 0.8, trueNegativeRate: 0.9, auc: 0.93,
    positive: [0.1, 0.2, 0.3, 0.9], negative: [0.7, 1.5, 2, 2.5],
  };

  it("overlays positive and negative pair densities and marks t", () => {
    const f = distanceHistogramFigure([verificationHistogram(run("semi-hard", "semiHard", [1, 1, 1]), v)], { bins: 10 });
    expect(f.data.map((t) => t.name)).toEqual(["positive pairs (same digit)", "negative pairs (different digits)", "threshold t = 0.8"]);
    const pos = f.data[0] as { x: number[]; y: number[]; width: number };
    expect(pos.y.reduce((s, d) => s + d * pos.width, 0)).toBeCloseTo(1, 10); // a density
    expect((f.data[2] as { x: number[] }).x).toEqual([0.8, 0.8]);
    expect(f.data[2].hovertemplate).toContain("test accuracy 85.0 %");
    expect(f.layout.barmode).toBe("overlay");
    expect((f.layout.title as { text: string }).text).toContain("ROC AUC 0.930");
  });

  it("an infinite threshold (every pair called alike) draws no line", () => {
    const f = distanceHistogramFigure([{ title: "t", positive: [1], negative: [2], threshold: Infinity }]);
    expect(f.data).toHaveLength(2);
  });
});

describe("tripletCategoryFigure", () => {
  it("stacks semi-hard, hard and easy counts per epoch; one run per slider step", () => {
    const runs = [run("notes' rule", "notes", [1, 2, 3]), run("batch-hard", "batchHard", [1, 0.1, 0.01])];
    const f = tripletCategoryFigure(runs);
    expect(f.layout.barmode).toBe("stack");
    expect(f.data).toHaveLength(6);
    expect(f.data[0].name).toBe("semi-hard: kept by the notes' rule");
    expect((f.data[0] as { y: number[] }).y).toEqual([400, 300, 200]);
    expect((f.data[0] as { text: string[] }).text[1]).toBe("epoch 1: 300 of 1000 triplets semi-hard (D(A,P) < D(A,N) < D(A,P) + α)");
    expect((f.layout.title as { text: string }).text).toBe("Training with the notes' rule: which of 1000 random test triplets does it keep?");
    const steps = (f.layout.sliders as { steps: { label: string; args: [unknown, { title: { text: string } }] }[] }[])[0].steps;
    expect(steps[1].args[1].title.text).toBe("Training with batch-hard mining: which of 1000 random test triplets would the notes' rule keep?");
  });
});

describe("spreadFigure", () => {
  it("draws each run's spread (left) and pair distances (right) against the training step, on log axes", () => {
    const f = spreadFigure([run("a", "semiHard", [1, 2, 3]), run("b", "batchHard", [1, 0.1, 0.01])]);
    expect(f.data).toHaveLength(6);
    expect((f.data[3] as { x: number[] }).x).toEqual([0, 3, 6]); // 6 steps over 2 epochs
    expect((f.data[4] as { y: number[]; xaxis: string }).xaxis).toBe("x2");
    expect((f.data[5] as { line: { dash: string } }).line.dash).toBe("dash");
    expect((f.layout.yaxis as { type: string }).type).toBe("log");
    expect((f.layout.yaxis2 as { type: string }).type).toBe("log");
    expect(f.data.filter((t) => t.showlegend !== false).map((t) => t.name)).toEqual(["a", "b"]);
  });
});

describe("contrastiveCurvesFigure", () => {
  it("draws the two forms for similar and dissimilar pairs and marks m", () => {
    const f = contrastiveCurvesFigure(contrastiveCurves({ distances: [0, 0.5, 1, 1.5], margin: 1 }));
    expect(f.data).toHaveLength(5);
    expect(f.data[1].name).toBe("notes, dissimilar pair (y = 1): max(0, m² − d²)");
    expect((f.data[4] as { x: number[] }).x).toEqual([1, 1]);
    expect((f.layout.xaxis as { title: { text: string } }).title.text).toBe("distance d = ‖f(x₁) − f(x₂)‖");
  });
});
