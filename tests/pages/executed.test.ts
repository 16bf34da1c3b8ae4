/**
 * What the runner stored for the executed notebooks in build/notebooks: figures as one display
 * bundle holding the Plotly MIME type as an object and the offline HTML rendition; plotly.js inlined
 * once per run; live outputs reduced to their last state.
 */
import * as fs from "fs";
import * as path from "path";
import { courseNotebooks, pageName, ROOT } from "../notebooks/helpers";

const PLOTLY = "application/vnd.plotly.v1+json";
type Output = { output_type: string; data?: Record<string, unknown> };

function outputs(stem: string): Output[] {
  const nb = JSON.parse(fs.readFileSync(path.join(ROOT, "build", "notebooks", `${stem}.ipynb`), "utf8"));
  return nb.cells.flatMap((c: { outputs?: Output[] }) => c.outputs ?? []);
}
const text = (v: unknown) => (Array.isArray(v) ? v.join("") : String(v));

describe.each(courseNotebooks().map((f) => [pageName(f)]))("executed %s", (stem) => {
  const figures = () => outputs(stem).filter((o) => o.data && PLOTLY in o.data);

  it("stores each figure as one bundle: Plotly object + offline HTML", () => {
    for (const o of figures()) {
      expect(o.output_type).toBe("display_data");
      const fig = o.data![PLOTLY] as { data: unknown[]; layout: unknown };
      expect(typeof fig).toBe("object");
      expect(Array.isArray(fig.data)).toBe(true);
      expect(text(o.data!["text/html"])).toContain('class="losslab-figure"');
    }
  });

  it("inlines plotly.js exactly once, in the first figure, and loads nothing from a CDN", () => {
    const html = figures().map((o) => text(o.data!["text/html"]));
    if (html.length === 0) return;
    expect(html.map((h) => h.includes("losslab-plotly-loader"))).toEqual(html.map((_, i) => i === 0));
    for (const h of html) expect(h).not.toMatch(/<script[^>]*\ssrc=/);
  });

  it("prints the TensorFlow.js backend in its set-up cell", () => {
    const first = outputs(stem).find((o) => o.output_type === "stream") as { text?: string | string[] } | undefined;
    expect(text(first?.text)).toMatch(/^losslab \d+\.\d+\.\d+ · TensorFlow\.js [\d.]+, backend '(tensorflow|wasm|cpu)'/);
  });
});
