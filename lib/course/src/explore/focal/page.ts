/**
 * The Focal-loss explorable (build/site/explore/focal.html): two identical tiny classifiers trained
 * side by side on the same 95:5 problem, one with cross-entropy and one with losslab's focal loss (γ
 * and α live), each with its decision boundary drawn and the rare class's recall measured live on
 * 2000 held-out points. Address parameters (besides the kit's backend, seed, pauseAt, autoplay):
 * gamma, alpha.
 */
import { PlaneView, Slider, el, mountExplorable, urlNumber, type Trainer } from "../kit";
import { FocalRun, type FocalStep, type LossKind } from "./focal_run";

const VIEW = 360;
/** The plane shown: a square around the common class, the rare one at its upper right. */
const HALF = 3.2;
/** Common class, rare class (Paul Tol's muted indigo and rose, as the course's figures). */
const COLORS = ["#332288", "#CC6677"];
/** Pixels of a shaded cell in the kit's PlaneView. */
const CELL = 6;

/** The kit's Trainer around a FocalRun: reset makes a new pair of classifiers from the seed with the current γ and α. */
class FocalTrainer implements Trainer {
  run: FocalRun | null = null;
  /** The last measurement and the step and settings it was made at (the view and the text both ask). */
  private measured: { key: string; value: FocalStep } | null = null;

  constructor(public gamma: number, public alpha: number) {}

  reset(seed: number): void {
    this.run?.dispose();
    this.measured = null;
    this.run = new FocalRun({ seed, gamma: this.gamma, alpha: this.alpha });
  }

  step(): number {
    return this.run!.step().focal;
  }

  configure(gamma: number, alpha: number): void {
    this.gamma = gamma;
    this.alpha = alpha;
    if (this.run) {
      this.run.gamma = gamma;
      this.run.alpha = alpha;
    }
  }

  /** Both classifiers measured on the held-out points, once per step and settings. */
  measure(): FocalStep | null {
    const run = this.run;
    if (!run) return null;
    const key = `${run.steps} ${run.gamma} ${run.alpha}`;
    if (this.measured?.key !== key) this.measured = { key, value: run.metrics() };
    return this.measured.value;
  }

  metrics(): Record<string, number> {
    const m = this.measure();
    if (!m) return {};
    return {
      gamma: m.gamma,
      alpha: m.alpha,
      ceRecall: m.crossEntropy.rareRecall,
      focalRecall: m.focal.rareRecall,
      cePrecision: m.crossEntropy.rarePrecision,
      focalPrecision: m.focal.rarePrecision,
      ceAccuracy: m.crossEntropy.accuracy,
      focalAccuracy: m.focal.accuracy,
      ceLoss: m.crossEntropy.loss,
      focalLoss: m.focal.loss,
    };
  }

  dispose(): void {
    this.run?.dispose();
    this.run = null;
  }
}

/** One classifier's view: the training points and, shaded, where it predicts the rare class. */
function classifierView(kind: LossKind, label: string) {
  const view = new PlaneView(VIEW, `${label}: the training points (common class indigo, rare class rose) and, shaded rose, the region where this classifier predicts the rare class; its edge is the decision boundary.`);
  const caption = el("figcaption", {}, label);
  return { kind, view, figure: el("figure", {}, view.canvas, caption), caption };
}

function percent(v: number): string {
  return Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : "–";
}

async function main(): Promise<void> {
  const root = document.getElementById("explore");
  if (!root) throw new Error("focal: the page has no #explore element");
  const trainer = new FocalTrainer(urlNumber("gamma") ?? 2, urlNumber("alpha") ?? 0.5);
  const gammaSlider = new Slider({
    id: "gamma", label: "Focusing γ", min: 0, max: 5, step: 0.5, value: trainer.gamma, format: (v) => v.toFixed(1),
    hint: "Each sample's cross-entropy is scaled by (1 − p_t)^γ; γ = 0 is cross-entropy.",
  });
  const alphaSlider = new Slider({
    id: "alpha", label: "Balance α (rare class)", min: 0.05, max: 0.95, step: 0.05, value: trainer.alpha, format: (v) => v.toFixed(2),
    hint: "Weight α of the rare class, 1 − α of the common one; 0.5 weighs both alike.",
  });
  const views = [classifierView("crossEntropy", "Cross-entropy"), classifierView("focal", "Focal loss")];

  // the grid of probabilities covers the whole canvas: the kit maps the square bounds to S − 16 pixels
  const reach = (HALF * VIEW) / (VIEW - 16);
  const cells = Math.ceil(VIEW / CELL);
  const render = () => {
    const run = trainer.run;
    const m = trainer.measure();
    if (!run || !m) return;
    for (const v of views) {
      const p = run.grid(v.kind, { x0: -reach, x1: reach, y0: -reach, y1: reach }, cells, cells);
      const at = (x: number, y: number) => {
        const c = Math.min(cells - 1, Math.max(0, Math.floor(((x + reach) / (2 * reach)) * cells)));
        const r = Math.min(cells - 1, Math.max(0, Math.floor(((y + reach) / (2 * reach)) * cells)));
        return p[r * cells + c] > 0.5 ? 1 : -1;
      };
      const own = v.kind === "focal" ? m.focal : m.crossEntropy;
      const name = v.kind === "focal" ? `Focal loss (γ = ${m.gamma.toFixed(1)}, α = ${m.alpha.toFixed(2)})` : "Cross-entropy";
      v.caption.textContent = `${name}: rare-class recall ${percent(own.rareRecall)}, precision ${percent(own.rarePrecision)} on 2000 held-out points.`;
      v.view.draw({
        bounds: { x: [-HALF, HALF], y: [-HALF, HALF] },
        colors: COLORS,
        regions: at,
        points: { values: run.train.x, labels: run.train.labels, radius: 2.2 },
        caption: name,
      });
    }
  };

  const mounted = await mountExplorable(root, {
    title: "Focal loss on a rare class",
    intro: [
      "400 points in the plane, 95 % of a common class and 5 % of a rare one that sits at its edge. Two identical tiny classifiers (2 → 16 → 1, the same initial weights) train on them side by side in your browser, one with cross-entropy and one with losslab's focal loss, α_t (1 − p_t)^γ times cross-entropy.",
      "Move γ and α while they train, or set them and press Reset. With γ = 2 the focal classifier stops spending its effort on the many easy common points and finds the rare class sooner; α above 0.5 moves its boundary into the common class (more recall, less precision). Recall is measured on 2000 fresh points after every frame.",
    ],
    trainer: () => trainer,
    controls: [gammaSlider.element, alphaSlider.element],
    views: views.map((v) => v.figure),
    render,
    describe: (m) => [
      `Rare-class recall: cross-entropy ${percent(m.ceRecall)}, focal loss ${percent(m.focalRecall)} (γ = ${m.gamma?.toFixed(1)}, α = ${m.alpha?.toFixed(2)}).`,
      `Rare-class precision: cross-entropy ${percent(m.cePrecision)}, focal loss ${percent(m.focalPrecision)}.`,
      `Accuracy on the held-out points: cross-entropy ${percent(m.ceAccuracy)}, focal loss ${percent(m.focalAccuracy)} (predicting "common" everywhere scores 95 %).`,
    ],
    lessons: [["03 · Cross-entropy, softmax and focal loss", "../03_cross_entropy_softmax_and_focal_loss.html"]],
  });

  const apply = () => {
    trainer.configure(gammaSlider.value, alphaSlider.value);
    mounted.refresh();
  };
  gammaSlider.onInput(apply);
  alphaSlider.onInput(apply);
}

main().catch((e) => {
  console.error(e);
  const root = document.getElementById("explore");
  if (root) root.append(el("p", { className: "error", role: "alert" }, `The explorable could not start: ${e instanceof Error ? e.message : String(e)}`));
});
