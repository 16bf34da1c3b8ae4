// npm run bench's mining section (scripts/bench_mining.js): both backends served side by side, every
// variant timed, the table printed, no tensor left behind. A tiny batch: this checks the machinery,
// not the figures.
import * as path from "path";

const { miningSection } = require(path.join(__dirname, "..", "..", "scripts", "bench_mining.js"));

it("times every mining variant on tensorflow and wasm, side by side, and prints one table row each", async () => {
  const printed: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
  let figures: Record<string, Record<string, { median: number; q1: number; q3: number } | null>>;
  try {
    figures = await miningSection({ steps: 5, n: 16, dim: 4 });
  } finally {
    log.mockRestore();
  }
  const names = Object.keys(figures);
  expect(names).toHaveLength(10);
  expect(names).toContain("TripletMarginMiner.mask + forwardMasked (no read-back)");
  for (const name of names) {
    for (const backend of ["tensorflow", "wasm"]) {
      const q = figures[name][backend]!;
      expect(q.median).toBeGreaterThan(0);
      expect(q.q1).toBeLessThanOrEqual(q.median);
      expect(q.q3).toBeGreaterThanOrEqual(q.median);
    }
  }
  const text = printed.join("\n");
  expect(text).toMatch(/\| mining step \| tensorflow \| wasm \|/);
  for (const name of names) expect(text).toContain(`| ${name} | `);
  expect(text).toContain("Tensors left after the steps: tensorflow 0, wasm 0.");
}, 120_000);
