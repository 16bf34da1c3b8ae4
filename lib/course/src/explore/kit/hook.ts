/**
 * The test hook every explorable puts on `window.losslabExplore`, read by the page tests (and handy in
 * a browser console): the frame counter, the backend, the measured numbers and the training speed.
 */
import type { TrainingDriver } from "./driver";

export interface ExploreHook {
  /** Frames drawn since the page opened. */
  readonly frames: number;
  /** Training steps since the last reset. */
  readonly steps: number;
  /** Whether training is playing. */
  readonly running: boolean;
  /** The TensorFlow.js backend in use ("webgl" or "cpu"). */
  readonly backend: string;
  /** The measured numbers now (the page's own, plus steps, frames, loss and stepsPerSecond). */
  metrics(): Record<string, number>;
  /** Training steps per second over the last frames. */
  readonly stepsPerSecond: number;
}

declare global {
  interface Window {
    losslabExplore?: ExploreHook;
  }
}

/** Installs the hook of a page's driver. */
export function installHook(driver: TrainingDriver, backend: string): ExploreHook {
  const hook: ExploreHook = {
    get frames() {
      return driver.frames;
    },
    get steps() {
      return driver.steps;
    },
    get running() {
      return driver.running;
    },
    backend,
    metrics: () => driver.metrics(),
    get stepsPerSecond() {
      return driver.stepsPerSecond;
    },
  };
  window.losslabExplore = hook;
  return hook;
}
