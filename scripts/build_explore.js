#!/usr/bin/env node
/**
 * Builds the explorables: for each folder lib/course/src/explore/<name>/ holding page.ts and meta.json,
 * an esbuild bundle (browser, IIFE, minified; @tensorflow/tfjs from node_modules with its webgl and cpu
 * backends, losslab from its TypeScript sources) build/site/explore/<name>.js and the page
 * build/site/explore/<name>.html that loads it: no network, works from file://. Prints each bundle's
 * size and what it is made of (also into build/site/explore/sizes.json: bytes, gzip bytes and bytes per
 * part: tfjs, losslab, kit, page). Run by scripts/notebooks.py when it builds the site (npm run build).
 *
 *   node scripts/build_explore.js [OUT_DIR] [NAME ...]
 *
 * meta.json: { "title": "...", "teaches": "one line of what it teaches", "lessons": ["05", "06"] }.
 * The page carries them as <title>, <meta name="losslab-explorable"> and <meta name="losslab-lessons">
 * (the site's index links each explorable from them).
 *
 * The pages use losslab's public API only: importing "losslab/internal", the course's notebook glue
 * ("losslab-course") or any file outside lib/course/src/explore/ fails the build.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "lib", "course", "src", "explore");
const LOSSLAB = path.join(ROOT, "lib", "losslab", "src", "index.ts");

/** The explorables: folders of `src` with page.ts and meta.json (the kit has neither). */
function explorables(src = SRC) {
  return fs
    .readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(src, d.name, "page.ts")) && fs.existsSync(path.join(src, d.name, "meta.json")))
    .map((d) => d.name)
    .sort();
}

function readMeta(name, src = SRC) {
  const file = path.join(src, name, "meta.json");
  const meta = JSON.parse(fs.readFileSync(file, "utf8"));
  const ok =
    typeof meta.title === "string" && meta.title.trim() &&
    typeof meta.teaches === "string" && meta.teaches.trim() && !meta.teaches.includes("\n") &&
    Array.isArray(meta.lessons) && meta.lessons.length > 0 && meta.lessons.every((l) => typeof l === "string" && /^\d\d[a-z]?$/.test(l));
  if (!ok) throw new Error(`${path.relative(ROOT, file)}: expected { "title": text, "teaches": one line, "lessons": ["06", ...] }`);
  return meta;
}

/** Only the public API and the explore folder `src`: losslab → its sources, everything else refused. */
const publicApiOnly = (src) => ({
  name: "losslab-public-api-only",
  setup(build) {
    build.onResolve({ filter: /^losslab$/ }, () => ({ path: LOSSLAB }));
    build.onResolve({ filter: /^(losslab\/.*|losslab-course(\/.*)?)$/ }, (args) => ({
      errors: [{ text: `an explorable may import losslab's public API only ("losslab"), not "${args.path}" (in ${path.relative(ROOT, args.importer)})` }],
    }));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(src + path.sep)) return undefined;
      const target = path.resolve(path.dirname(args.importer), args.path);
      if (target.startsWith(src + path.sep)) return undefined;
      return { errors: [{ text: `an explorable's code stays in lib/course/src/explore/: "${args.path}" in ${path.relative(ROOT, args.importer)} leaves it` }] };
    });
  },
});

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function pageHtml(name, meta, css, size) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)} · losslab explorable</title>
<meta name="losslab-explorable" content="${escapeHtml(meta.teaches)}">
<meta name="losslab-lessons" content="${escapeHtml(meta.lessons.join(","))}">
<meta name="description" content="${escapeHtml(meta.teaches)}">
<style>
${css}</style>
</head>
<body>
<p><a href="../index.html">← the course</a></p>
<main id="explore" data-explorable="${escapeHtml(name)}">
<h1>${escapeHtml(meta.title)}</h1>
<p>${escapeHtml(meta.teaches)}</p>
<noscript><p>This page trains a small network in your browser with TensorFlow.js: it needs JavaScript.</p></noscript>
</main>
<footer><p>This page trains in your browser with TensorFlow.js and the losslab library, from one script beside it
(${escapeHtml(name)}.js: ${(size.bytes / 1024).toFixed(0)} KiB minified, ${(size.gzip / 1024).toFixed(0)} KiB gzipped); it fetches nothing and works offline.
Its source: <code>lib/course/src/explore/${escapeHtml(name)}/</code> in the course's repository.</p></footer>
<script src="${escapeHtml(name)}.js"></script>
</body>
</html>
`;
}

/** Which part of the bundle an input file belongs to. */
function partOf(file) {
  // tfjs and what it brings (long, seedrandom)
  if (file.includes("node_modules/")) return "tfjs";
  if (file.startsWith("lib/losslab/")) return "losslab";
  if (file.startsWith("lib/course/src/explore/kit/")) return "kit";
  if (file.startsWith("lib/course/src/explore/")) return "page";
  return "other";
}

/**
 * Builds the named explorables (default: all) into outDir; returns their sizes. `src` is the explore
 * folder (another one only in the bundler's own tests).
 */
async function buildExplorables(outDir = path.join(ROOT, "build", "site", "explore"), names = undefined, src = SRC) {
  names ??= explorables(src);
  fs.mkdirSync(outDir, { recursive: true });
  const css = fs.readFileSync(path.join(src, "kit", "style.css"), "utf8");
  const results = [];
  for (const name of names) {
    const meta = readMeta(name, src);
    const outfile = path.join(outDir, `${name}.js`);
    const result = await esbuild.build({
      entryPoints: [path.join(src, name, "page.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2020",
      minify: true,
      legalComments: "none",
      outfile,
      metafile: true,
      logLevel: "warning",
      absWorkingDir: ROOT,
      define: { "process.env.NODE_ENV": '"production"' },
      plugins: [publicApiOnly(src)],
    });
    const parts = {};
    const output = Object.values(result.metafile.outputs)[0];
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = partOf(file);
      parts[part] = (parts[part] ?? 0) + bytesInOutput;
    }
    const code = fs.readFileSync(outfile);
    const entry = { name, bytes: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length, parts };
    fs.writeFileSync(path.join(outDir, `${name}.html`), pageHtml(name, meta, css, entry));
    results.push(entry);
    const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
    const breakdown = Object.entries(parts).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${kb(n)}`).join(", ");
    console.log(`explorable ${name}: ${path.relative(ROOT, outfile)} ${kb(entry.bytes)} minified (${kb(entry.gzip)} gzip; ${breakdown})`);
  }
  // merged with the entries of pages not rebuilt this time, so building one page keeps the others' sizes
  const sizesFile = path.join(outDir, "sizes.json");
  const previous = fs.existsSync(sizesFile) ? JSON.parse(fs.readFileSync(sizesFile, "utf8")) : {};
  for (const r of results) previous[r.name] = { bytes: r.bytes, gzip: r.gzip, parts: r.parts };
  fs.writeFileSync(sizesFile, JSON.stringify(previous, null, 2) + "\n");
  return results;
}

module.exports = { buildExplorables, explorables, readMeta };

if (require.main === module) {
  const [out, ...names] = process.argv.slice(2);
  buildExplorables(out ? path.resolve(out) : undefined, names.length ? names : undefined).catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
