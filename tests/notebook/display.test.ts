import { figure, figureBundle, line, live, LIVE_PLOTLY_MIME, PLOTLY_MIME, resetFigures, show, table, markdown,
         formatNumber } from "losslab-course";

// Outside a tslab kernel every display call prints its text/plain rendition instead.
function captureStdout(f: () => void): string {
  const write = process.stdout.write.bind(process.stdout);
  let out = "";
  (process.stdout as { write: unknown }).write = (s: string) => ((out += s), true);
  try {
    f();
  } finally {
    (process.stdout as { write: unknown }).write = write;
  }
  return out;
}

const fig = () => figure([line([0, 1], [1, 0], { name: "a" })], { title: "T", xTitle: "x", yTitle: "y" });

describe("figureBundle", () => {
  beforeEach(() => resetFigures());

  it("holds the Plotly MIME type as an object and an offline HTML rendition", () => {
    const b = figureBundle(fig());
    expect(typeof b[PLOTLY_MIME]).toBe("object");
    expect((b[PLOTLY_MIME] as { data: unknown[] }).data).toHaveLength(1);
    expect(b["text/html"]).toMatch(/<div id="losslab-fig-[a-z0-9]+-\d+" class="losslab-figure"/);
    expect(b["text/plain"]).toBe("<Figure: T (1 traces)>");
  });

  it("inlines plotly.js once per run (after setup), never from a CDN", () => {
    const first = figureBundle(fig())["text/html"] as string;
    const second = figureBundle(fig())["text/html"] as string;
    expect(first).toContain("losslab-plotly-loader");
    expect(first.length).toBeGreaterThan(1_000_000); // the whole plotly.min.js
    expect(second).not.toContain("losslab-plotly-loader");
    expect(second.length).toBeLessThan(10_000);
    expect(first + second).not.toMatch(/<script[^>]+src=/);
    resetFigures();
    expect(figureBundle(fig())["text/html"]).toContain("losslab-plotly-loader");
  });

  it("cannot be cut short by a '</script>' inside figure text", () => {
    const f = figure([line([0], [0], { name: "</script><b>x" })], { title: "t", xTitle: "x", yTitle: "y" });
    const html = figureBundle(f, { includePlotly: false })["text/html"] as string;
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe("display outside a kernel", () => {
  it("prints plain text for figures, Markdown, tables and live outputs", () => {
    const out = captureStdout(() => {
      show(fig());
      markdown("**bold** 1.5");
      table([{ a: 1, b: "x" }]);
      const l = live();
      l.progress(3, 10, "loss 0.5");
    });
    expect(out).toContain("<Figure: T (1 traces)>");
    expect(out).toContain("**bold** 1.5");
    expect(out).toContain("| a | b |\n| --- | --- |\n| 1 | x |");
    expect(out).toContain("30% (3/10) loss 0.5");
  });
});

describe("a live figure in a kernel", () => {
  type Message = { data: Record<string, unknown>; transient: { display_id?: string } };
  it("sends one display and updates it, every frame carrying the live marker (the last with its HTML rendition)", () => {
    // tslab's writer, as the kernel sets it
    const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
    const sent: { msg: Message; update: boolean }[] = [];
    jupyter.lastWriteDisplayData = (msg: Message, update: boolean) => sent.push({ msg, update });
    try {
      resetFigures();
      const view = live();
      for (let epoch = 0; epoch <= 2; epoch++) view.figure(fig(), { final: epoch === 2 });
    } finally {
      jupyter.lastWriteDisplayData = null;
    }
    expect(sent.map((s) => s.update)).toEqual([false, true, true]);
    expect(new Set(sent.map((s) => s.msg.transient.display_id)).size).toBe(1);
    for (const s of sent) {
      expect(s.msg.data[LIVE_PLOTLY_MIME]).toEqual({});
      expect(typeof s.msg.data[PLOTLY_MIME]).toBe("object");
    }
    expect(sent.map((s) => "text/html" in s.msg.data)).toEqual([false, false, true]);
  });
});

describe("formatNumber", () => {
  it("keeps significant digits without noise", () => {
    expect(formatNumber(0.30000000000000004)).toBe("0.3");
    expect(formatNumber(2.302585093, 4)).toBe("2.303");
    expect(formatNumber(1e-9)).toBe("1.000e-9");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(NaN)).toBe("NaN");
  });
});

describe("table", () => {
  it("escapes a '|' inside a cell so the Markdown table keeps its columns", () => {
    const write = process.stdout.write.bind(process.stdout);
    let out = "";
    (process.stdout as { write: unknown }).write = (s: string) => ((out += s), true);
    try {
      table([{ "|r|": "a|b", n: 1 }]);
    } finally {
      (process.stdout as { write: unknown }).write = write;
    }
    expect(out).toContain("| \\|r\\| | n |");
    expect(out).toContain("| a\\|b | 1 |");
  });
});
