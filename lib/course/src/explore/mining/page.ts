/**
 * The Mining explorable (build/site/explore/mining.html): a tiny network embeds six overlapping
 * pinwheel arms in 2-D and trains with losslab's triplet loss on the triplets a miner of losslab
 * chooses in each batch; the miner and α change live, each step's chosen triplets are drawn by
 * category, the spread of the embedding is measured live (batch-hard from scratch collapses it).
 * Address parameters (besides the kit's backend, seed, pauseAt, autoplay): miner (random1000,
 * batchAll, batchHard, semiHard), alpha.
 */
import { CLASS_COLORS, PlaneView, Slider, choice, el, mountExplorable, urlNumber, urlString, type Segment2, type Trainer } from "../kit";
import { CATEGORIES, MINERS, MiningRun, spreadOf, type MinerName, type MiningStep } from "./mining_run";

const VIEW = 440;
/** Colours of the chosen triplets' anchor → negative segments: easy, semi-hard, hard. */
const CATEGORY_COLORS = ["#999999", "#E69F00", "#D55E00"];
const CATEGORY_WORDS = ["easy", "semi-hard", "hard"];
/** At most this many chosen triplets are drawn (batch-all chooses thousands). */
const DRAWN = 60;

function isMiner(value: string | null): value is MinerName {
  return MINERS.some((m) => m.name === value);
}

/** The kit's Trainer around a MiningRun: reset makes a new run from the seed with the current miner and α. */
class MiningTrainer implements Trainer {
  run: MiningRun | null = null;
  last: MiningStep | null = null;
  /** RMS radius of the embedding at step 0 (the view never shrinks below it, so a collapse shows). */
  startSpread = NaN;

  constructor(public miner: MinerName, public margin: number) {}

  reset(seed: number): void {
    this.run?.dispose();
    this.run = new MiningRun({ seed, miner: this.miner, margin: this.margin });
    this.last = null;
    this.startSpread = this.run.spread();
  }

  step(): number {
    this.last = this.run!.step();
    return this.last.loss;
  }

  configure(miner: MinerName, margin: number): void {
    this.miner = miner;
    this.margin = margin;
    if (this.run) {
      this.run.miner = miner;
      this.run.margin = margin;
    }
  }

  metrics(): Record<string, number> {
    const s = this.last;
    const spread = this.run ? spreadOf(this.run.embedding()) : NaN;
    return {
      spread,
      startSpread: this.startSpread,
      margin: this.margin,
      batchEasy: s?.batch.easy ?? NaN,
      batchSemiHard: s?.batch.semiHard ?? NaN,
      batchHard: s?.batch.hard ?? NaN,
      chosen: s ? s.chosen.anchors.length : NaN,
      chosenEasy: s?.chosenCounts.easy ?? NaN,
      chosenSemiHard: s?.chosenCounts.semiHard ?? NaN,
      chosenHard: s?.chosenCounts.hard ?? NaN,
    };
  }

  dispose(): void {
    this.run?.dispose();
    this.run = null;
  }
}

async function main(): Promise<void> {
  const root = document.getElementById("explore");
  if (!root) throw new Error("mining: the page has no #explore element");
  const asked = urlString("miner");
  const trainer = new MiningTrainer(isMiner(asked) ? asked : "semiHard", urlNumber("alpha") ?? 0.2);

  const minerChoice = choice({ id: "miner", label: "Miner", value: trainer.miner, options: MINERS.map((m) => ({ value: m.name, label: m.label })) });
  const alphaSlider = new Slider({
    id: "alpha", label: "Margin α", min: 0, max: 1, step: 0.05, value: trainer.margin, format: (v) => v.toFixed(2),
    hint: "The triplet loss max(D(a,p) − D(a,n) + α, 0), D the squared distance.",
  });
  const plane = new PlaneView(VIEW, "The 2-D embedding of the 240 points, coloured by class, with the triplets the miner chose in the last step drawn from anchor to negative, coloured by category.");
  const figure = el("figure", {}, plane.canvas, el("figcaption", {},
    "Embedding f(x) of every point (dots, one colour a class). Lines: up to 60 of the last step's chosen triplets, anchor to negative — grey easy, orange semi-hard, red hard (categories before the step). The view never zooms in past the start, so a collapse shrinks the picture."));
  const legend = el("p", { className: "legend" }, "Easy: D(a,n) ≥ D(a,p) + α (loss 0). Semi-hard: D(a,p) < D(a,n) < D(a,p) + α. Hard: D(a,n) ≤ D(a,p).");

  const render = () => {
    const run = trainer.run;
    if (!run) return;
    const e = run.embedding();
    let mx = 0;
    let my = 0;
    for (let i = 0; i < run.data.n; i++) {
      mx += e[2 * i] / run.data.n;
      my += e[2 * i + 1] / run.data.n;
    }
    const radii = Array.from({ length: run.data.n }, (_, i) => Math.hypot(e[2 * i] - mx, e[2 * i + 1] - my)).sort((a, b) => a - b);
    const R = Math.max(radii[Math.floor(0.95 * (radii.length - 1))], 1.6 * trainer.startSpread, 1e-3) * 1.1;
    const segments: Segment2[] = [];
    const chosen = trainer.last?.chosen;
    if (chosen) {
      const every = Math.max(1, Math.ceil(chosen.anchors.length / DRAWN));
      for (let k = 0; k < chosen.anchors.length; k += every) {
        const [a, q] = [chosen.anchors[k], chosen.negatives[k]];
        segments.push({ from: [e[2 * a], e[2 * a + 1]], to: [e[2 * q], e[2 * q + 1]], color: CATEGORY_COLORS[chosen.categories[k]], width: 1.2 });
      }
    }
    plane.draw({
      bounds: { x: [mx - R, mx + R], y: [my - R, my + R] },
      colors: CLASS_COLORS,
      points: { values: e, labels: run.data.labels, radius: 2.5 },
      segments,
      caption: `view radius ${R.toPrecision(3)}`,
    });
  };

  const count = (m: Record<string, number>, prefix: "batch" | "chosen") =>
    CATEGORIES.map((c, i) => `${m[prefix + c[0].toUpperCase() + c.slice(1)]} ${CATEGORY_WORDS[i]}`).join(", ");
  const mounted = await mountExplorable(root, {
    title: "Mining triplets",
    intro: [
      "Six curled arms of points in the plane (40 each, overlapping where they meet) go through a tiny network (2 → 32 → 2) that learns an embedding with losslab's triplet loss, here in your browser. Each step draws 8 points of every class and a miner of losslab chooses which triplets (anchor, positive, negative) to train on.",
      "Pick the miner and move α while it trains. With semi-hard mining (FaceNet's, the default) or batch-all the arms pull apart and the embedding keeps its spread. Choose batch-hard and press Reset: from scratch it collapses, every point falls onto the same spot and the loss settles at α. The numbers below are measured after every frame.",
    ],
    trainer: () => trainer,
    controls: [minerChoice.element, alphaSlider.element],
    views: [figure, legend],
    render,
    describe: (m) => [
      `Spread of the embedding (RMS distance from its mean): ${m.spread.toFixed(3)} (${m.startSpread.toFixed(3)} at step 0).`,
      `Last batch's valid triplets: ${Number.isFinite(m.batchEasy) ? count(m, "batch") : "none yet"}.`,
      `Chosen by the miner: ${Number.isFinite(m.chosen) ? `${m.chosen} (${count(m, "chosen")})` : "none yet"}; loss ${Number.isFinite(m.loss) ? m.loss.toFixed(4) : "–"} (α = ${m.margin.toFixed(2)}).`,
    ],
    lessons: [["04b · Triplets and mining", "../04b_triplets_and_mining.html"]],
  });

  const apply = () => {
    trainer.configure(minerChoice.select.value as MinerName, alphaSlider.value);
    mounted.refresh();
  };
  minerChoice.select.addEventListener("change", apply);
  alphaSlider.onInput(apply);
}

main().catch((e) => {
  console.error(e);
  const root = document.getElementById("explore");
  if (root) root.append(el("p", { className: "error", role: "alert" }, `The explorable could not start: ${e instanceof Error ? e.message : String(e)}`));
});
