/** Shared by the page tests (pages.test.ts, slides.test.ts): where the build is, and one Chromium per test file. */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { ROOT } from "../notebooks/helpers";
import { launch } from "./chromium";

export const SITE = path.join(ROOT, "build", "site");
export const EXECUTED = path.join(ROOT, "build", "notebooks");
export const SHOTS = path.join(ROOT, "build", "screenshots");
const PLOTLY = "application/vnd.plotly.v1+json";

/** Figures the executed notebook showed (display outputs carrying the Plotly MIME type). */
export function figureCount(executed: string): number {
  const nb = JSON.parse(fs.readFileSync(executed, "utf8"));
  return nb.cells
    .flatMap((c: { outputs?: { data?: Record<string, unknown> }[] }) => c.outputs ?? [])
    .filter((o: { data?: Record<string, unknown> }) => o.data && PLOTLY in o.data).length;
}

/** Launches Chromium before the file's tests and closes it after them; returns the browser's getter. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is not running (useBrowser's beforeAll did not run)");
    return browser;
  };
}
