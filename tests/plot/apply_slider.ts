// Test helpers: apply a slider step to a figure the way Plotly does, and list the traces one sees.
import type { Figure, Trace } from "losslab-course";

type Step = { method: string; args: [Record<string, unknown>, unknown?] };

/** Applies step `step` of slider `slider`: "restyle" (per-trace values for the listed traces) or "update" (visibility + layout). */
export function applyStep(fig: Figure, slider: number, step: number): void {
  const s = (fig.layout.sliders as { steps: Step[] }[])[slider].steps[step];
  const [update, second] = s.args;
  const targets = Array.isArray(second) ? (second as number[]) : fig.data.map((_, i) => i);
  for (const [key, values] of Object.entries(update)) targets.forEach((t, n) => (fig.data[t][key] = (values as unknown[])[n]));
  if (s.method === "update" && second && !Array.isArray(second)) Object.assign(fig.layout, second);
}

/** The traces drawn: visible and not fully transparent. */
export const seen = (fig: Figure): Trace[] => fig.data.filter((t) => t.visible !== false && t.opacity !== 0);
