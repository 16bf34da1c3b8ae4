/**
 * The Margins explorable (build/site/explore/margins.html): five digits' 2-D or 3-D features trained
 * live with a margin head of losslab, the class weight directions and the decision regions redrawn
 * every frame, the intra- and inter-class angles measured live. Address parameters (besides the
 * kit's backend, seed, pauseAt, autoplay): head (softmax, modified, lsoftmax, asoftmax, cosface,
 * arcface), m, s, lambda, dim (2 or 3).
 */
import { CLASS_COLORS, PlaneView, Slider, SphereView, choice, el, mountExplorable, urlNumber, urlString, type Vec3 } from "../kit";
import { HEADS, HEAD_KINDS, defaultParams, isHeadKind, type HeadKind, type ParamRange } from "./heads";
import { MarginsTrainer, type MarginsConfig } from "./model";

const VIEW = 440;

function initialConfig(): MarginsConfig {
  const asked = urlString("head");
  const head: HeadKind = isHeadKind(asked) ? asked : "cosface";
  const params = defaultParams(head, { m: 0, s: 10, lambda: 0 });
  const dim = urlNumber("dim") === 3 ? 3 : 2;
  return { head, dim, m: urlNumber("m") ?? params.m, s: urlNumber("s") ?? params.s, lambda: urlNumber("lambda") ?? params.lambda };
}

function fixed(digits: number): (v: number) => string {
  return (v) => v.toFixed(digits);
}

async function main(): Promise<void> {
  const root = document.getElementById("explore");
  if (!root) throw new Error("margins: the page has no #explore element");
  const config = initialConfig();
  let trainer: MarginsTrainer | null = null;

  const headChoice = choice({ id: "head", label: "Head (loss)", value: config.head, options: HEAD_KINDS.map((k) => ({ value: k, label: HEADS[k].label })) });
  const dimChoice = choice({ id: "dim", label: "Features", value: String(config.dim), options: [{ value: "2", label: "2-D (circle)" }, { value: "3", label: "3-D (sphere)" }] });
  const mSlider = new Slider({ id: "m", label: "Margin m", min: 0, max: 1, step: 0.05, value: config.m, hint: "The margin on the true class's target logit." });
  const sSlider = new Slider({ id: "s", label: "Scale s", min: 1, max: 64, step: 1, value: config.s, format: fixed(0), hint: "The logits' scale (CosFace, ArcFace)." });
  const lambdaSlider = new Slider({ id: "lambda", label: "λ (blend with plain softmax)", min: 0, max: 20, step: 0.5, value: config.lambda, format: fixed(1), hint: "λ = 0: the full margin ψ(θ); large λ: close to plain softmax." });
  const formula = el("p", { id: "formula", className: "formula" });

  /** Fits the sliders to the head: ranges, visibility, and (when `defaults`) its default values. */
  const fitSliders = (kind: HeadKind, defaults: boolean) => {
    const info = HEADS[kind];
    const fit = (slider: Slider, range: ParamRange | undefined, current: number) => {
      slider.setVisible(range !== undefined);
      if (!range) return current;
      slider.setRange(range.min, range.max, range.step, range.step >= 1 ? fixed(0) : fixed(2), range.unit);
      slider.set(defaults ? range.value : current);
      return slider.value;
    };
    config.m = fit(mSlider, info.m, config.m);
    config.s = fit(sSlider, info.s, config.s);
    config.lambda = fit(lambdaSlider, info.lambda, config.lambda);
    formula.textContent = `${info.label}: ${info.formula}.`;
  };
  fitSliders(config.head, false);

  const plane = new PlaneView(VIEW, "The digits' 2-D features, coloured by digit, the class weight directions as arrows and the region where each class wins shaded.");
  const sphere = new SphereView(VIEW, "The digits' 3-D features on the unit sphere (orthographic view), the class weight directions as arrows and the region where each class wins shaded.");
  const planeFigure = el("figure", {}, plane.canvas, el("figcaption", {}, "Features x (dots), class weights w_j (arrows, unit length × view), the region where each class's logit wins (shading)."));
  const sphereFigure = el("figure", {}, sphere.canvas, el("figcaption", {}, "Features normalised onto the unit sphere. Focus it and use the arrow keys, or drag, to turn it; the far side is faint."));
  const legend = el("p", { className: "legend" });
  const showViews = () => {
    planeFigure.hidden = config.dim !== 2;
    sphereFigure.hidden = config.dim !== 3;
  };
  showViews();

  const render = () => {
    if (!trainer) return;
    const snap = trainer.snapshot();
    const C = snap.classes;
    const arrowsOf = (scale: number) =>
      Array.from({ length: C }, (_, j) => {
        const w = Array.from({ length: snap.dim }, (_, k) => snap.weights[k * C + j]);
        const n = Math.hypot(...w) || 1;
        return { w: w.map((x) => (scale * x) / n), color: CLASS_COLORS[j], label: trainer!.data.names[j] };
      });
    if (snap.dim === 2) {
      // the view fits the features' 95th-percentile radius, so a few far points do not shrink the rest
      const radii = Array.from({ length: snap.labels.length }, (_, i) => Math.hypot(snap.features[2 * i], snap.features[2 * i + 1])).sort((a, b) => a - b);
      const R = Math.max(1e-3, radii[Math.floor(0.95 * (radii.length - 1))]) * 1.15;
      plane.draw({
        bounds: { x: [-R, R], y: [-R, R] },
        colors: CLASS_COLORS,
        regions: (x, y) => snap.classify([x, y]),
        points: { values: snap.features, labels: snap.labels },
        arrows: arrowsOf(R * 0.9).map((a) => ({ to: [a.w[0], a.w[1]], color: a.color, label: a.label })),
        caption: `radius shown ${R.toPrecision(3)}`,
      });
    } else {
      const units = new Float32Array(snap.features.length);
      for (let i = 0; i < snap.labels.length; i++) {
        const f = snap.features.subarray(3 * i, 3 * i + 3);
        const n = Math.hypot(f[0], f[1], f[2]) || 1;
        units.set([f[0] / n, f[1] / n, f[2] / n], 3 * i);
      }
      sphere.draw({
        colors: CLASS_COLORS,
        regions: (v) => snap.classify(v),
        points: { values: units, labels: snap.labels },
        arrows: arrowsOf(1).map((a) => ({ dir: a.w as Vec3, color: a.color, label: a.label })),
      });
    }
  };

  const mounted = await mountExplorable(root, {
    title: "Margins on the circle and the sphere",
    intro: [
      "A tiny network (196 pixels → 64 → 2 or 3 features) learns to tell five handwritten digits apart (0-4, 80 each, 14×14, from MNIST, shipped with this page), trained here in your browser by TensorFlow.js with a classification head from losslab.",
      "Pick a head and move its margin m, scale s or λ while it trains: the margin heads squeeze each digit's features towards its class weight and push the classes' angular sectors apart. The numbers below are measured on the 400 digits after every frame. Reset starts again from the seed with the current settings.",
    ],
    trainer: () => (trainer = new MarginsTrainer(config)),
    controls: [headChoice.element, mSlider.element, sSlider.element, lambdaSlider.element, dimChoice.element],
    views: [formula, planeFigure, sphereFigure, legend],
    render,
    describe: (m) => [
      `Mean intra-class angle (feature to its class centre): ${m.intraMean.toFixed(1)}°.`,
      `Smallest inter-class angle (between two class centres): ${m.interMin.toFixed(1)}°; mean ${m.interMean.toFixed(1)}°.`,
      `Mean angle θ_y to the own class weight: ${m.weightAngle.toFixed(1)}°.`,
      `Training accuracy: ${(100 * m.accuracy).toFixed(1)} % of 400 digits; loss ${Number.isFinite(m.loss) ? m.loss.toFixed(3) : "–"}.`,
    ],
    lessons: [
      ["05 · Softmax vs modified softmax", "../05_softmax_vs_modified_softmax.html"],
      ["06 · L-Softmax", "../06_l_softmax.html"],
      ["07 · A-Softmax (SphereFace)", "../07_a_softmax_sphereface.html"],
      ["08 · CosFace and ArcFace", "../08_cosface_and_arcface.html"],
    ],
  });
  legend.textContent = `Digits: ${trainer!.data.names.map((n, j) => `${n} ${["indigo", "rose", "green", "sand", "cyan"][j] ?? ""}`.trim()).join(", ")}.`;

  const apply = (change: Partial<MarginsConfig>) => {
    Object.assign(config, change);
    trainer!.configure(change);
    showViews();
    mounted.refresh();
  };
  headChoice.select.addEventListener("change", () => {
    const kind = headChoice.select.value as HeadKind;
    config.head = kind;
    fitSliders(kind, true);
    apply({ head: kind, m: config.m, s: config.s, lambda: config.lambda });
  });
  dimChoice.select.addEventListener("change", () => apply({ dim: dimChoice.select.value === "3" ? 3 : 2 }));
  mSlider.onInput((v) => apply({ m: v }));
  sSlider.onInput((v) => apply({ s: v }));
  lambdaSlider.onInput((v) => apply({ lambda: v }));
}

main().catch((e) => {
  console.error(e);
  const root = document.getElementById("explore");
  if (root) root.append(el("p", { className: "error", role: "alert" }, `The explorable could not start: ${e instanceof Error ? e.message : String(e)}`));
});
