/**
 * The training loop of an explorable, without the DOM: play / pause / one step / reset with a seed,
 * the frame and step counters, an automatic pause after a given number of steps (`pauseAt`, used by
 * the page tests and by a lecturer who wants a reproducible stop), and the measured training speed.
 *
 * A frame is a few training steps followed by one redraw: while playing, the page calls `frame()`
 * once per animation frame; the driver runs as many steps as fit in `frameBudgetMs` (at least one, at
 * most `maxStepsPerFrame`), never past `pauseAt`. `stepOnce()` is the Step button: exactly one step
 * and one frame.
 */

/** What a page trains: its steps, its reset, the numbers it measures. */
export interface Trainer {
  /** One training step (runs synchronously; the loss is read back, so the step has finished). Returns the loss. */
  step(): number;
  /** Starts again from the initial state drawn from `seed`. */
  reset(seed: number): void;
  /** The measured numbers (angles, recall, loss …), for the live text and the test hook. */
  metrics(): Record<string, number>;
  /** Frees the trainer's tensors. */
  dispose(): void;
}

export interface DriverOptions {
  /** The seed of the first reset. @default 0 */
  seed?: number;
  /** Pause by itself once this many steps are done (0: never). @default 0 */
  pauseAt?: number;
  /** Milliseconds of training per frame while playing. @default 25 */
  frameBudgetMs?: number;
  /** At most this many steps in a frame. @default 20 */
  maxStepsPerFrame?: number;
  /** The clock, in milliseconds (tests give a fake one). @default performance.now */
  now?: () => number;
}

export class TrainingDriver {
  /** Frames drawn since the page opened (never reset: it shows the page is alive). */
  frames = 0;
  /** Training steps since the last reset. */
  steps = 0;
  /** Whether `frame()` trains. */
  running = false;
  /** The seed of the last reset. */
  seed: number;
  /** Pause by itself at this step count (0: never). */
  pauseAt: number;
  /** The last step's loss. */
  loss = NaN;
  /** Milliseconds of training per frame while playing (the page raises it when drawing is slow). */
  frameBudgetMs: number;
  private readonly maxSteps: number;
  private readonly now: () => number;
  /** Recent (steps, milliseconds) of training, for the speed. */
  private window: { steps: number; ms: number }[] = [];
  private listeners: (() => void)[] = [];

  constructor(readonly trainer: Trainer, options: DriverOptions = {}) {
    this.seed = checkCount("seed", options.seed ?? 0);
    this.pauseAt = checkCount("pauseAt", options.pauseAt ?? 0);
    this.frameBudgetMs = options.frameBudgetMs ?? 25;
    this.maxSteps = options.maxStepsPerFrame ?? 20;
    if (!(this.frameBudgetMs > 0) || !Number.isInteger(this.maxSteps) || this.maxSteps < 1) {
      throw new Error("TrainingDriver: frameBudgetMs must be > 0 and maxStepsPerFrame an integer >= 1");
    }
    this.now = options.now ?? (() => performance.now());
    trainer.reset(this.seed);
  }

  /** Training steps per second, measured over the last frames (NaN before any step). */
  get stepsPerSecond(): number {
    const steps = this.window.reduce((s, w) => s + w.steps, 0);
    const ms = this.window.reduce((s, w) => s + w.ms, 0);
    return steps > 0 && ms > 0 ? (1000 * steps) / ms : NaN;
  }

  /** Called after every change (a frame, a reset, play or pause). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  play(): void {
    if (this.pauseAt > 0 && this.steps >= this.pauseAt) this.pauseAt = 0; // playing on past the stop
    this.running = true;
    this.changed();
  }

  pause(): void {
    this.running = false;
    this.changed();
  }

  /** One animation frame: while playing, trains for about the frame budget, then counts the frame. Returns whether it trained. */
  frame(): boolean {
    if (!this.running) return false;
    const left = this.pauseAt > 0 ? this.pauseAt - this.steps : Infinity;
    // the first frame after a reset measures one step; later ones fill the budget at the measured speed
    const speed = this.stepsPerSecond;
    const fit = Number.isFinite(speed) ? Math.floor((this.frameBudgetMs * speed) / 1000) : 1;
    const n = Math.max(1, Math.min(this.maxSteps, left, fit));
    this.train(n);
    if (this.pauseAt > 0 && this.steps >= this.pauseAt) this.running = false;
    this.changed();
    return true;
  }

  /** Exactly one step and one frame (the Step button; pauses first). */
  stepOnce(): void {
    this.running = false;
    this.train(1);
    this.changed();
  }

  /** Back to step 0 from `seed` (default: the current seed); playing or paused as before. */
  reset(seed: number = this.seed): void {
    this.seed = checkCount("seed", seed);
    this.trainer.reset(this.seed);
    this.steps = 0;
    this.loss = NaN;
    this.window = [];
    this.changed();
  }

  /** The trainer's numbers plus the driver's own. */
  metrics(): Record<string, number> {
    return { ...this.trainer.metrics(), steps: this.steps, frames: this.frames, loss: this.loss, stepsPerSecond: this.stepsPerSecond };
  }

  private train(n: number): void {
    const t0 = this.now();
    let done = 0;
    while (done < n) {
      this.loss = this.trainer.step();
      this.steps++;
      done++;
      if (!Number.isFinite(this.loss)) {
        this.running = false; // a diverged run stops and says so (the page shows the loss)
        break;
      }
    }
    this.window.push({ steps: done, ms: this.now() - t0 });
    if (this.window.length > 30) this.window.shift();
    this.frames++;
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`TrainingDriver: '${name}' must be an integer >= 0, got ${value}`);
  return value;
}
