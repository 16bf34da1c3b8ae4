/**
 * Where the Omniglot archives are and how they are decoded once into a local cache. The archives are
 * the ones of github.com/brendenlake/omniglot (commit 057f034baf2ecb8530bc5710e5a23584d2a519cc, MIT):
 * `images_background_small1.zip`, `images_background_small2.zip` and `all_runs.zip`. They are placed on
 * this machine, never downloaded and never committed (see data/README.md); a loader looks for them, in
 * order, in: its `dir` option (then only there), `$LOSSLAB_OMNIGLOT_DIR`, `<data>/omniglot/` (the
 * repository's `data/` or `$LOSSLAB_DATA`) and `<repository>/../shared/omniglot/`.
 *
 * Cache file `<cacheDir>/omniglot-<label>-<sha256 prefix of each archive>-<size>.bin`: an 8-byte magic,
 * then u32 side, u32 image count, u32 length of a JSON block, u32 0; the JSON block (archives, the PNG
 * entries in order, the archive of each, the text entries); then the pixels: at side 105 the ink bit-packed
 * (1,379 bytes an image, most significant bit first), at 28 one byte k an image pixel (value k/225, the
 * exact area average). A cache whose header, JSON or length does not fit is rebuilt from the archives.
 */
import * as fs from "fs";
import * as path from "path";
import { InputTypeError } from "losslab";
import { describe } from "losslab/internal";
import { spawnSync } from "child_process";
import { DataFileError, findDataFile, sha256 } from "./archive";
import { areaDownsample, areaWeights } from "./area_downsample";
import { dataDir } from "./paths";

/** Side of the Omniglot PNGs. */
export const OMNIGLOT_SOURCE_SIDE = 105;
/** Sides a loader can return: the network's 28×28 (area-averaged) or the original 105×105. */
export const OMNIGLOT_SIDES = [28, 105] as const;
export type OmniglotSide = (typeof OMNIGLOT_SIDES)[number];

/** One archive a set was read from. */
export interface OmniglotArchive {
  /** File name, e.g. `images_background_small1.zip`. */
  name: string;
  /** Where it was found. */
  path: string;
  /** Hex SHA-256 of its bytes. */
  sha256: string;
}

/** Decoded PNG entries of some archives, in order (archive by archive, entry names sorted). */
export interface DecodedArchives {
  side: OmniglotSide;
  archives: OmniglotArchive[];
  /** Entry name of each image. */
  entries: string[];
  /** Index (into `archives`) of each image's archive. */
  archiveOf: Int32Array;
  /** Text entries (e.g. `run01/class_labels.txt`) by name. */
  texts: Record<string, string>;
  /** side 28: count·784 bytes k (value k/225); side 105: count·1379 bit-packed bytes. */
  pixels: Uint8Array;
  source: "archive" | "cache" | "memory";
  cacheFile: string;
}

const MAGIC = "LLOMNI01";
const HEADER_BYTES = 24;
const memory = new Map<string, DecodedArchives>();

/** Bytes of one image in the cache at this side. */
export function cachedImageBytes(side: OmniglotSide): number {
  return side === OMNIGLOT_SOURCE_SIDE ? Math.ceil((side * side) / 8) : side * side;
}

/** The places looked in for the archives (see the module comment). */
export function omniglotPlaces(fn: string, dir: unknown): string[] {
  if (dir !== undefined) {
    if (typeof dir !== "string" || dir === "") throw new InputTypeError(fn, "dir", "a folder path", describe(dir));
    return [path.resolve(dir)];
  }
  const places: string[] = [];
  if (process.env.LOSSLAB_OMNIGLOT_DIR) places.push(path.resolve(process.env.LOSSLAB_OMNIGLOT_DIR));
  places.push(path.join(dataDir(), "omniglot"));
  // lib/course/src/data (jest) and lib/course/dist/data (built) are four levels below the repository root
  places.push(path.resolve(__dirname, "..", "..", "..", "..", "..", "shared", "omniglot"));
  return places;
}

function cacheDirOf(fn: string, cacheDir: unknown): string {
  if (cacheDir === undefined) return path.join(dataDir(), "cache");
  if (typeof cacheDir !== "string" || cacheDir === "") throw new InputTypeError(fn, "cacheDir", "a folder path", describe(cacheDir));
  return cacheDir;
}

function readCache(file: string, side: OmniglotSide, archives: OmniglotArchive[]): Omit<DecodedArchives, "source" | "cacheFile"> | null {
  if (!fs.existsSync(file)) return null;
  const buf = fs.readFileSync(file);
  if (buf.length < HEADER_BYTES || buf.toString("latin1", 0, 8) !== MAGIC || buf.readUInt32LE(8) !== side) return null;
  const count = buf.readUInt32LE(12);
  const jsonBytes = buf.readUInt32LE(16);
  const start = HEADER_BYTES + jsonBytes;
  if (buf.length !== start + count * cachedImageBytes(side)) return null;
  let meta: { sha256: string[]; entries: string[]; archiveOf: number[]; texts: Record<string, string> };
  try {
    meta = JSON.parse(buf.toString("utf8", HEADER_BYTES, start));
  } catch {
    return null;
  }
  const sameArchives = meta.sha256?.length === archives.length && archives.every((a, i) => a.sha256 === meta.sha256[i]);
  if (!sameArchives || meta.entries?.length !== count || meta.archiveOf?.length !== count) return null;
  const pixels = new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start).slice();
  return { side, archives, entries: meta.entries, archiveOf: Int32Array.from(meta.archiveOf), texts: meta.texts ?? {}, pixels };
}

function writeCache(fn: string, file: string, d: Omit<DecodedArchives, "source" | "cacheFile">): void {
  const json = Buffer.from(JSON.stringify({ sha256: d.archives.map((a) => a.sha256), entries: d.entries, archiveOf: [...d.archiveOf], texts: d.texts }), "utf8");
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, "latin1");
  header.writeUInt32LE(d.side, 8);
  header.writeUInt32LE(d.entries.length, 12);
  header.writeUInt32LE(json.length, 16);
  const tmp = `${file}.${process.pid}.tmp`; // write then rename: another process never reads half a file
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([header, json, d.pixels]));
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new DataFileError(fn, file, `cannot write the cache file '${file}' (${(e as NodeJS.ErrnoException).code ?? String(e)}); set the option 'cacheDir' to a writable folder.`);
  }
}

/** lib/course/scripts/omniglot_decode.js: two levels above src/data (jest) and dist/data (built) alike. */
const DECODER = path.resolve(__dirname, "..", "..", "scripts", "omniglot_decode.js");

/**
 * One archive's PNGs as ink bits (sorted entry names) and its text entries, decoded by
 * scripts/omniglot_decode.js in a plain Node child process (fflate + pngjs; see that file for why).
 */
function decodeArchive(fn: string, file: string): { entries: string[]; texts: Record<string, string>; bits: Uint8Array } {
  const run = spawnSync(process.execPath, [DECODER, file, String(OMNIGLOT_SOURCE_SIDE)], { maxBuffer: 1 << 30 });
  if (run.error !== undefined) throw new DataFileError(fn, file, `could not run the decoder '${DECODER}' on '${file}' (${run.error.message}).`);
  if (run.status !== 0) {
    let problem: { problem?: string; message?: string; entry?: string } = {};
    try {
      problem = JSON.parse(run.stderr.toString("utf8").trim().split("\n").pop() ?? "{}");
    } catch {
      problem = { message: run.stderr.toString("utf8").trim() };
    }
    const { entry, message } = problem;
    const text: Record<string, string> = {
      read: `cannot read archive '${file}' (${message}).`,
      zip: `archive '${file}' is not a readable zip file (${message}).`,
      png: `entry '${entry}' of archive '${file}' is not a readable PNG image (${message}).`,
      size: `entry '${entry}' of archive '${file}' is ${message}.`,
    };
    throw new DataFileError(fn, file, text[problem.problem ?? ""] ?? `the decoder failed on '${file}' (exit ${run.status}: ${message}).`, entry);
  }
  const out = run.stdout;
  const jsonBytes = out.readUInt32LE(0);
  const meta = JSON.parse(out.toString("utf8", 4, 4 + jsonBytes)) as { entries: string[]; texts: Record<string, string> };
  const bits = new Uint8Array(out.buffer, out.byteOffset + 4 + jsonBytes, out.length - 4 - jsonBytes);
  if (bits.length !== meta.entries.length * cachedImageBytes(OMNIGLOT_SOURCE_SIDE)) {
    throw new DataFileError(fn, file, `the decoder's output for '${file}' has ${bits.length} pixel bytes for ${meta.entries.length} images.`);
  }
  return { ...meta, bits };
}

/** Decodes every PNG (and keeps every .txt) of the archives, in order, at `side`. */
function decode(fn: string, archives: OmniglotArchive[], side: OmniglotSide): Omit<DecodedArchives, "source" | "cacheFile"> {
  const parts = archives.map((a) => decodeArchive(fn, a.path));
  const entries = parts.flatMap((p) => p.entries);
  const archiveOf = Int32Array.from(parts.flatMap((p, a) => p.entries.map(() => a)));
  const texts = Object.assign({}, ...parts.map((p) => p.texts)) as Record<string, string>;
  const packed = cachedImageBytes(OMNIGLOT_SOURCE_SIDE);
  const allBits = new Uint8Array(entries.length * packed);
  let offset = 0;
  for (const p of parts) {
    allBits.set(p.bits, offset);
    offset += p.bits.length;
  }
  if (side === OMNIGLOT_SOURCE_SIDE) return { side, archives, entries, archiveOf, texts, pixels: allBits };
  const bytes = cachedImageBytes(side);
  const pixels = new Uint8Array(entries.length * bytes);
  const weights = areaWeights(OMNIGLOT_SOURCE_SIDE, side);
  const ink = new Uint8Array(OMNIGLOT_SOURCE_SIDE * OMNIGLOT_SOURCE_SIDE);
  for (let i = 0; i < entries.length; i++) {
    unpackInk(allBits, i * packed, ink);
    areaDownsample(ink, OMNIGLOT_SOURCE_SIDE, weights, pixels, i * bytes);
  }
  return { side, archives, entries, archiveOf, texts, pixels };
}

/** Bit-packed ink (most significant bit first) at `offset` → one byte 0/1 a pixel in `ink`. */
function unpackInk(bits: Uint8Array, offset: number, ink: Uint8Array): void {
  for (let k = 0; k < ink.length; k++) ink[k] = (bits[offset + (k >> 3)] >> (7 - (k & 7))) & 1;
}

/**
 * The images of the named archives at `side`: from this process's memory, else the cache file of these
 * archives' bytes and this side, else decoded from the archives (and the cache written).
 */
export function loadOmniglotArchives(fn: string, label: string, names: string[], side: OmniglotSide, dir: unknown, cacheDir: unknown): DecodedArchives {
  const places = omniglotPlaces(fn, dir);
  const folder = cacheDirOf(fn, cacheDir);
  const hint = "Place the archives of github.com/brendenlake/omniglot there (see data/README.md), or set LOSSLAB_OMNIGLOT_DIR or the option 'dir'.";
  const zipsBytes = names.map((name) => {
    const file = findDataFile(fn, name, places, hint);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(fs.readFileSync(file));
    } catch (e) {
      throw new DataFileError(fn, file, `cannot read archive '${file}' (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    return { archive: { name, path: file, sha256: sha256(bytes) }, file };
  });
  const archives = zipsBytes.map((z) => z.archive);
  const cacheFile = path.resolve(folder, `omniglot-${label}-${archives.map((a) => a.sha256.slice(0, 12)).join("-")}-${side}.bin`);
  const remembered = memory.get(cacheFile);
  if (remembered !== undefined) return { ...remembered, archives, source: "memory" };
  const cached = readCache(cacheFile, side, archives);
  let decoded: DecodedArchives;
  if (cached !== null) {
    decoded = { ...cached, source: "cache", cacheFile };
  } else {
    decoded = { ...decode(fn, archives, side), source: "archive", cacheFile };
    writeCache(fn, cacheFile, decoded);
  }
  memory.set(cacheFile, decoded);
  return decoded;
}

/** Forgets the decoded Omniglot images kept in memory, so the next load reads the cache file again. */
export function clearOmniglotMemory(): void {
  memory.clear();
}

/** Image i of decoded archives as float32 ink in [0, 1] (side 28: k/225; side 105: 0 or 1), written to `out` at `offset`. */
export function writeInkFloats(d: DecodedArchives, i: number, out: Float32Array, offset: number): void {
  const bytes = cachedImageBytes(d.side);
  const base = i * bytes;
  if (d.side === OMNIGLOT_SOURCE_SIDE) {
    for (let k = 0; k < d.side * d.side; k++) out[offset + k] = (d.pixels[base + (k >> 3)] >> (7 - (k & 7))) & 1;
  } else {
    for (let k = 0; k < bytes; k++) out[offset + k] = LEVELS_225[d.pixels[base + k]];
  }
}

/** Image i at side 105 as one byte 0/1 per pixel, written to `out` at `offset`. */
export function writeInkBytes(d: DecodedArchives, i: number, out: Uint8Array, offset: number): void {
  if (d.side !== OMNIGLOT_SOURCE_SIDE) throw new Error("losslab.writeInkBytes: only side 105 holds 0/1 ink.");
  unpackInk(d.pixels, i * cachedImageBytes(d.side), out.subarray(offset, offset + d.side * d.side));
}

/** Byte k → k/225 in float32 (the exact area averages at side 28). */
const LEVELS_225 = Float32Array.from({ length: 256 }, (_, k) => k / 225);
