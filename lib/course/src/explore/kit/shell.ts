/**
 * The frame of every explorable page: title and introduction, the backend line, the training buttons
 * (play/pause, step, reset) with the seed field and the frame counter, the page's own controls and
 * views, the measured numbers as text (also an `aria-live="polite"` region), and the test hook.
 *
 * The page's address can set: `?backend=cpu|webgl`, `?seed=N`, `?pauseAt=N` (pause by itself after N
 * steps) and `?autoplay=0` (start paused); a page reads its own parameters with `urlNumber`.
 */
import { pickBackend, type BackendChoice } from "./backend";
import { button, el, integerField, urlNumber, urlString } from "./controls";
import { TrainingDriver, type Trainer } from "./driver";
import { installHook } from "./hook";

export interface ExplorableSpec {
  /** The page's heading. */
  title: string;
  /** One or two paragraphs of introduction (plain text, one string a paragraph). */
  intro: string[];
  /** Builds the trainer once the backend is chosen. */
  trainer: () => Trainer;
  /** The page's own controls (sliders, selects), placed beside the training buttons. */
  controls: HTMLElement[];
  /** The views (canvases), placed in a row. */
  views: HTMLElement[];
  /** Redraws the views (called after every frame, step, reset and control change). */
  render: () => void;
  /** The measured numbers as sentences (the text alternative of the views). */
  describe: (metrics: Record<string, number>) => string[];
  /** Links back to the lessons: [text, href] pairs (relative to build/site/explore/). */
  lessons?: [string, string][];
}

export interface MountedExplorable {
  driver: TrainingDriver;
  backend: BackendChoice;
  /** Redraw and rewrite the numbers now (after a control changed the model). */
  refresh: () => void;
}

/** Milliseconds between two updates of the polite live region while training plays. */
const LIVE_INTERVAL_MS = 3000;

/** Builds the page into `root` and starts training (unless `?autoplay=0`). */
export async function mountExplorable(root: HTMLElement, spec: ExplorableSpec): Promise<MountedExplorable> {
  root.textContent = "";
  const backendLine = el("p", { id: "backend", className: "backend" }, "Starting TensorFlow.js …");
  root.append(el("h1", {}, spec.title), ...spec.intro.map((p) => el("p", {}, p)), backendLine);
  const backend = await pickBackend(urlString("backend"));
  backendLine.textContent = `Backend: ${backend.name}. ${backend.note}`;
  backendLine.dataset.backend = backend.name;

  const seedField = integerField({ id: "seed", label: "Seed", value: Math.max(0, Math.floor(urlNumber("seed") ?? 1)) });
  const driver = new TrainingDriver(spec.trainer(), { seed: seedField.value(), pauseAt: Math.max(0, Math.floor(urlNumber("pauseAt") ?? 0)) });
  const playButton = button("play", "Pause", () => (driver.running ? driver.pause() : driver.play()));
  const stepButton = button("step", "Step", () => driver.stepOnce());
  const resetButton = button("reset", "Reset", () => driver.reset(seedField.value()));
  seedField.input.addEventListener("change", () => driver.reset(seedField.value()));
  const counter = el("span", { id: "frames", className: "counter" });
  const buttons = el("div", { className: "buttons", role: "group" }, playButton, stepButton, resetButton, seedField.element, counter);
  buttons.setAttribute("aria-label", "Training");

  const numbers = el("ul", { id: "numbers", className: "numbers" });
  const live = el("div", { id: "live", className: "visually-hidden" });
  live.setAttribute("aria-live", "polite");
  live.setAttribute("role", "status");
  root.append(
    buttons,
    el("div", { className: "controls" }, ...spec.controls),
    el("div", { className: "views" }, ...spec.views),
    el("h2", {}, "Measured now"),
    numbers,
    live,
  );
  if (spec.lessons?.length) {
    const links = el("p", { className: "lessons" }, "Lessons: ");
    spec.lessons.forEach(([text, href], i) => links.append(...(i ? [", "] : []), el("a", { href }, text)));
    root.append(links);
  }

  let lastLive = -Infinity;
  const refresh = () => {
    const t0 = performance.now();
    spec.render();
    // training gets at least as much of the time as drawing: a slow machine draws less often, not trains less
    driver.frameBudgetMs = Math.min(1000, Math.max(25, performance.now() - t0));
    const m = driver.metrics();
    const lines = spec.describe(m);
    numbers.replaceChildren(...lines.map((l) => el("li", {}, l)));
    const speed = Number.isFinite(driver.stepsPerSecond) ? `, ${driver.stepsPerSecond.toFixed(0)} steps/s` : "";
    counter.textContent = `step ${driver.steps} · frame ${driver.frames}${speed}`;
    playButton.textContent = driver.running ? "Pause" : "Play";
    playButton.setAttribute("aria-pressed", String(driver.running));
    const now = performance.now();
    if (!driver.running || now - lastLive > LIVE_INTERVAL_MS) {
      live.textContent = `Step ${driver.steps}. ${lines.join(" ")}`;
      lastLive = now;
    }
  };
  driver.onChange(refresh);
  installHook(driver, backend.name);

  const loop = () => {
    driver.frame();
    requestAnimationFrame(loop);
  };
  if (urlString("autoplay") !== "0") driver.play();
  else refresh();
  requestAnimationFrame(loop);
  return { driver, backend, refresh };
}
