// The library's API reference: scripts/api_docs.sh runs TypeDoc offline over lib/losslab and writes
// a page per exported class and function, with the doc comments (formulas, papers) that ship.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");

it("scripts/api_docs.sh writes pages for the main classes and functions, with their doc comments, loading nothing from the network", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-api-"));
  try {
    execFileSync("bash", [path.join(root, "scripts", "api_docs.sh"), out], { cwd: root, stdio: "pipe" });
    const page = (kind: string, name: string) => {
      const file = fs.readdirSync(path.join(out, kind)).find((f) => f.endsWith(`.${name}.html`) || f === `${name}.html`);
      if (file === undefined) throw new Error(`no ${kind} page for ${name}`);
      return fs.readFileSync(path.join(out, kind, file), "utf8");
    };
    for (const name of ["ArcFaceLayer", "CosFaceLayer", "ProxyAnchorLayer", "TripletMarginLoss", "ProxyAnchorLoss", "ContrastiveLoss", "MPerClassSampler", "ArcFaceHead", "MeanReducer"]) {
      expect(page("classes", name)).toContain(`<h1>Class ${name}`);
    }
    for (const name of ["compileMetricLoss", "compileLayerLoss", "retrievalMetrics", "huberLoss"]) expect(page("functions", name)).toContain(name);
    expect(page("classes", "ProxyAnchorLayer")).toContain("Kim et al.");
    expect(page("classes", "MarginLayer")).toContain("inference: true");
    const index = fs.readFileSync(path.join(out, "index.html"), "utf8");
    expect(index).toContain("losslab");
    expect(fs.readdirSync(path.join(out, "documents")).some((f) => /COMING_FROM_PYTORCH/i.test(f))).toBe(true);
    // every script and stylesheet is a local file: the reference works offline
    const html = fs.readdirSync(out).filter((f) => f.endsWith(".html")).map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
    expect(html.match(/<(script|link)[^>]+(src|href)="https?:[^"]*"/g) ?? []).toEqual([]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
