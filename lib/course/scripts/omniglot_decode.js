#!/usr/bin/env node
/**
 * Decodes an Omniglot archive (a zip of 105×105 PNGs) into ink bits, for lib/course/src/data/
 * omniglot_archives.ts, which runs it as a child process: plain Node decodes PNGs about 25× faster than
 * code running inside jest's sandbox (pngjs's pixel loops there), so the first load takes seconds in a
 * test as in a notebook. Reads the zip with fflate and every PNG with pngjs.
 *
 * Usage: node omniglot_decode.js <archive.zip> <side>
 * Output (stdout): u32 LE length of a JSON block { entries: [PNG entry names, sorted], texts: { name: text } },
 * the JSON, then ceil(side²/8) bytes an image: the ink bit-packed, most significant bit first, row-major.
 * A pixel is ink when it is pure black (r = g = b = 0), as demo_classification.py's LoadImgAsPoints reads it.
 * Errors: exit code 2 and one JSON line on stderr { problem: "read" | "zip" | "png" | "size", entry?, message }.
 */
"use strict";
const fs = require("fs");
const { unzipSync } = require("fflate");
const { PNG } = require("pngjs");

function fail(problem, message, entry) {
  process.stderr.write(JSON.stringify({ problem, message, entry }) + "\n");
  process.exit(2);
}

const [file, sideArg] = process.argv.slice(2);
const side = Number(sideArg);
let bytes;
try {
  bytes = new Uint8Array(fs.readFileSync(file));
} catch (e) {
  fail("read", e.code || String(e));
}
let entries;
try {
  entries = unzipSync(bytes, { filter: (f) => !f.name.endsWith("/") });
} catch (e) {
  fail("zip", e.message);
}
const names = Object.keys(entries).sort();
const pngs = names.filter((n) => n.endsWith(".png"));
const texts = {};
for (const n of names) if (n.endsWith(".txt")) texts[n] = Buffer.from(entries[n]).toString("utf8");
const perImage = Math.ceil((side * side) / 8);
const out = Buffer.alloc(pngs.length * perImage);
pngs.forEach((name, i) => {
  let image;
  try {
    const png = entries[name];
    image = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.length));
  } catch (e) {
    fail("png", e.message, name);
  }
  if (image.width !== side || image.height !== side) fail("size", `${image.width}×${image.height}, expected ${side}×${side}`, name);
  const data = image.data;
  const base = i * perImage;
  for (let k = 0, p = 0; k < side * side; k++, p += 4) {
    if (data[p] === 0 && data[p + 1] === 0 && data[p + 2] === 0) out[base + (k >> 3)] |= 0x80 >> (k & 7);
  }
});
const json = Buffer.from(JSON.stringify({ entries: pngs, texts }), "utf8");
const head = Buffer.alloc(4);
head.writeUInt32LE(json.length, 0);
process.stdout.write(Buffer.concat([head, json, out]));
