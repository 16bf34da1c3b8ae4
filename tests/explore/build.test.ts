/**
 * The explorables' bundler (scripts/build_explore.js) on a scratch explore folder: a page is bundled
 * with losslab's public API and written as a page carrying its title, its one-line meta and its
 * lessons; importing losslab/internal, the course's glue or a file outside the explore folder fails
 * the build, naming the import; a bad meta.json is refused.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Rng } from "losslab";

const { buildExplorables, explorables } = require("../../scripts/build_explore.js") as {
  buildExplorables(outDir: string, names: string[] | undefined, src: string): Promise<{ name: string; bytes: number; gzip: number; parts: Record<string, number> }[]>;
  explorables(src: string): string[];
};

const ROOT = path.join(__dirname, "..", "..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "explore-build-"));
const src = path.join(scratch, "explore");
const out = path.join(scratch, "out");

function page(name: string, code: string, meta: object = { title: `Page ${name}`, teaches: `What ${name} teaches & shows.`, lessons: ["04b", "08"] }): void {
  fs.mkdirSync(path.join(src, name), { recursive: true });
  fs.writeFileSync(path.join(src, name, "page.ts"), code);
  fs.writeFileSync(path.join(src, name, "meta.json"), JSON.stringify(meta));
}

beforeAll(() => {
  fs.mkdirSync(path.join(src, "kit"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "lib", "course", "src", "explore", "kit", "style.css"), path.join(src, "kit", "style.css"));
  fs.writeFileSync(path.join(src, "kit", "helper.ts"), "export const twice = (x: number): number => 2 * x;\n");
  page("good", 'import { Rng } from "losslab";\nimport { twice } from "../kit/helper";\n(window as any).answer = twice(new Rng(1).int(10));\n');
  page("internal", 'import { checkOptions } from "losslab/internal";\nconsole.log(checkOptions);\n');
  page("course", 'import * as course from "losslab-course";\nconsole.log(course);\n');
  fs.writeFileSync(path.join(scratch, "outside.ts"), "export const x = 1;\n");
  page("escape", 'import { x } from "../../outside";\nconsole.log(x);\n');
  page("badmeta", "console.log(1);\n", { title: "Bad", teaches: "two\nlines", lessons: ["6"] });
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

it("lists the folders that have a page and a meta.json (not the kit)", () => {
  expect(explorables(src)).toEqual(["badmeta", "course", "escape", "good", "internal"]);
  expect(explorables(path.join(ROOT, "lib", "course", "src", "explore"))).toContain("margins");
});

it("bundles a page with losslab's public API into a script and a page that carries its title, meta and lessons", async () => {
  const [result] = await buildExplorables(out, ["good"], src);
  expect(result.name).toBe("good");
  expect(result.bytes).toBe(fs.statSync(path.join(out, "good.js")).size);
  expect(result.gzip).toBeLessThan(result.bytes);
  expect(result.parts.losslab).toBeGreaterThan(0);
  const html = fs.readFileSync(path.join(out, "good.html"), "utf8");
  expect(html).toContain("<title>Page good · losslab explorable</title>");
  expect(html).toContain('<meta name="losslab-explorable" content="What good teaches &amp; shows.">');
  expect(html).toContain('<meta name="losslab-lessons" content="04b,08">');
  expect(html).toContain('<script src="good.js"></script>');
  expect(html).not.toMatch(/https?:\/\//);
  const sizes = JSON.parse(fs.readFileSync(path.join(out, "sizes.json"), "utf8"));
  expect(sizes.good.bytes).toBe(result.bytes);
  // an IIFE that runs in a browser-like global and computes with losslab's Rng
  const js = fs.readFileSync(path.join(out, "good.js"), "utf8");
  const window: { answer?: number } = {};
  new Function("window", "self", "globalThis", js)(window, window, window);
  expect(window.answer).toBe(2 * new Rng(1).int(10));
});

it.each([
  ["internal", /public API only.*losslab\/internal/],
  ["course", /public API only.*losslab-course/],
  ["escape", /stays in lib\/course\/src\/explore\/.*outside/],
])("refuses the page '%s' (its import is named)", async (name, message) => {
  await expect(buildExplorables(out, [name], src)).rejects.toThrow(message);
});

it("refuses a meta.json without a one-line 'teaches' and two-digit lessons", async () => {
  await expect(buildExplorables(out, ["badmeta"], src)).rejects.toThrow(/meta\.json: expected \{ "title"/);
});
