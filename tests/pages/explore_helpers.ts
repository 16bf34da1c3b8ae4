/** Helpers of the explorables' page tests: the test hook each page puts on window.losslabExplore, read from Playwright. */
import type { Page } from "playwright-core";
import type { OpenedPage } from "./chromium";

/** window.losslabExplore (lib/course/src/explore/kit/hook.ts). */
export interface ExploreHook {
  frames: number;
  steps: number;
  running: boolean;
  backend: string;
  stepsPerSecond: number;
  metrics(): Record<string, number>;
}

export interface HookState {
  frames: number;
  steps: number;
  running: boolean;
  backend: string;
  stepsPerSecond: number;
  metrics: Record<string, number>;
}

/** The hook's values now. */
export function readHook(page: Page): Promise<HookState> {
  return page.evaluate(() => {
    const h = (window as unknown as { losslabExplore: ExploreHook }).losslabExplore;
    return { frames: h.frames, steps: h.steps, running: h.running, backend: h.backend, stepsPerSecond: h.stepsPerSecond, metrics: h.metrics() };
  });
}

/** Waits until the page has drawn at least `frames` frames. */
export async function framesAtLeast(page: Page, frames: number, timeout: number): Promise<void> {
  await page.waitForFunction((n) => ((window as unknown as { losslabExplore?: ExploreHook }).losslabExplore?.frames ?? 0) >= n, frames, { timeout });
}

/** Waits until the page has paused by itself at `steps` (its ?pauseAt). */
export async function pausedAt(page: Page, steps: number, timeout: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const h = (window as unknown as { losslabExplore?: ExploreHook }).losslabExplore;
      return !!h && h.steps === n && !h.running;
    },
    steps,
    { timeout, polling: 100 },
  );
}

/** Reset from the keyboard (focus #reset, Enter), then Play (focus #play, Space) until the page pauses again at `steps`. */
export async function retrainFromKeyboard(page: Page, steps: number, timeout: number): Promise<void> {
  await page.focus("#reset");
  await page.keyboard.press("Enter");
  if ((await readHook(page)).steps !== 0) throw new Error("explore page test: Reset did not bring the steps back to 0");
  await page.focus("#play");
  await page.keyboard.press("Space");
  await pausedAt(page, steps, timeout);
}

/**
 * What every explorable shows once open: its title, the lessons it belongs to and a line of what it
 * teaches (meta tags), the backend it got (said on the page), and training frames that advance with
 * steps and a finite loss. Returns the hook's values at the first frame and two frames later.
 */
export async function expectOpensAndTrains(page: Page, expected: { title: RegExp; lessons: string; timeout: number }): Promise<{ first: HookState; later: HookState }> {
  expect(await page.title()).toMatch(expected.title);
  expect(await page.getAttribute('meta[name="losslab-lessons"]', "content")).toBe(expected.lessons);
  expect((await page.getAttribute('meta[name="losslab-explorable"]', "content"))?.length).toBeGreaterThan(40);
  await framesAtLeast(page, 1, expected.timeout);
  const first = await readHook(page);
  expect(["webgl", "cpu"]).toContain(first.backend);
  expect(await page.textContent("#backend")).toContain(`Backend: ${first.backend}.`);
  await framesAtLeast(page, first.frames + 2, expected.timeout);
  const later = await readHook(page);
  expect(later.steps).toBeGreaterThan(first.steps);
  expect(Number.isFinite(later.metrics.loss)).toBe(true);
  return { first, later };
}

/** Closes a page opened by openOffline, after checking that no request left the machine and nothing was logged as an error. */
export async function closeChecked(opened: OpenedPage | null): Promise<void> {
  if (!opened) return;
  expect(opened.external).toEqual([]);
  expect(opened.errors).toEqual([]);
  await opened.page.context().close();
}
