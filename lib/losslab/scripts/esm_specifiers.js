#!/usr/bin/env node
/**
 * Node's ESM loader resolves no directory and no extension-less path, and tsc copies the sources'
 * `"./losses"` as written. This gives every relative specifier of dist/esm (the .js files and the
 * .d.ts files, which TypeScript's node16 resolution reads the same way) its full path, `./losses/index.js`,
 * and marks dist/esm as ESM with a package.json. Idempotent: a specifier that already names a file stays.
 */
const fs = require("fs");
const path = require("path");

const esm = path.join(__dirname, "..", "dist", "esm");
if (!fs.existsSync(esm)) throw new Error(`esm_specifiers: ${esm} does not exist; run tsc -b first`);

function resolved(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  if (/\.(m?js)$/.test(spec) && fs.existsSync(base)) return spec;
  if (fs.existsSync(`${base}.js`)) return `${spec}.js`;
  if (fs.existsSync(path.join(base, "index.js"))) return `${spec.replace(/\/$/, "")}/index.js`;
  throw new Error(`esm_specifiers: ${path.relative(esm, fromFile)} imports '${spec}', which is no file of dist/esm`);
}

// static imports and re-exports (`from "./x"`), side-effect imports and dynamic or type imports (`import("./x")`)
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.?\/[^"']*)\2/g;
let changed = 0;
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.(js|d\.ts)$/.test(entry.name)) {
      const text = fs.readFileSync(file, "utf8");
      const out = text.replace(SPECIFIER, (_, lead, quote, spec) => `${lead}${quote}${resolved(file, spec)}${quote}`);
      if (out !== text) {
        fs.writeFileSync(file, out);
        changed += 1;
      }
    }
  }
}
walk(esm);
fs.writeFileSync(path.join(esm, "package.json"), `${JSON.stringify({ type: "module", sideEffects: false })}\n`);
if (process.argv.includes("--verbose")) console.log(`esm_specifiers: ${changed} files given full import paths`);
