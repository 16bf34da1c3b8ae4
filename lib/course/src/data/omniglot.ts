/**
 * Omniglot's background set (Lake, Salakhutdinov & Tenenbaum 2015, Science 350(6266):1332–1338; MIT
 * licence): the two "minimal" archives of github.com/brendenlake/omniglot, `images_background_small1.zip`
 * (5 alphabets, 136 characters) and `images_background_small2.zip` (5 alphabets, 156 characters), 20
 * drawers a character, 5,840 PNGs of 105×105 black ink on white. Layout inside each archive:
 * `images_background_smallN/<Alphabet>/characterNN/<image id>_<drawer>.png`.
 *
 * Images come back with INK = 1 and BACKGROUND = 0, row-major, image after image:
 * - `size: 28` (default): float32, each pixel the share of its area that is inked, the exact area
 *   average (box filter, antialiased) of the 105×105 ink: values k/225, k = 0…225 (see area_downsample.ts);
 * - `size: 105`: the original pixels as bytes 0/1 (a Uint8Array: 64 MB as float32 would be 257 MB).
 *
 * THE TWO ARCHIVES OVERLAP: both hold the alphabets Greek (24 characters) and Latin (26), the same files
 * with the same pixels. Their 5,840 files (10 alphabet folders, 292 character folders) are 4,840 distinct
 * images of 242 characters in 8 alphabets; the copy in small2 is checked to be identical and dropped
 * (listed in `duplicates`), so a character never appears twice under two ids (a split by alphabet or
 * character would otherwise put the same images on both sides).
 *
 * Order: archive small1 then small2, each by sorted entry path, so characters (and images) are in
 * path order; character ids 0…291 and alphabet ids 0…9 follow that order. Decoded once into
 * `data/cache/` (see omniglot_archives.ts); later loads read the cache, loads in one process reuse memory.
 */
import { DataFileError } from "./archive";
import { InputTypeError } from "losslab";
import { checkInteger, checkOptions, describe } from "losslab/internal";
import { cachedImageBytes, loadOmniglotArchives, OMNIGLOT_SIDES, type DecodedArchives, writeInkBytes, writeInkFloats, type OmniglotArchive, type OmniglotSide } from "./omniglot_archives";

/** The background archives, in the order they are read. */
export const OMNIGLOT_BACKGROUND_ARCHIVES = ["images_background_small1.zip", "images_background_small2.zip"] as const;

/** Images of Omniglot characters with their character, alphabet, drawer and archive. */
export interface OmniglotSet<P extends Float32Array | Uint8Array = Float32Array> {
  /** Side of an image: 28 or 105. */
  size: OmniglotSide;
  /** Pixels an image, size². */
  pixels: number;
  /** Number of images. */
  count: number;
  /** count·size² values, ink 1, background 0 (float32 area averages at 28, bytes 0/1 at 105). */
  images: P;
  /** Global character id of each image, 0 … characters − 1, in path order. */
  character: Int32Array;
  /** Alphabet id of each image, 0 … alphabets − 1. */
  alphabet: Int32Array;
  /** Drawer of each image, 0 … 19: the number after '_' in its file name, minus 1. */
  drawer: Int32Array;
  /** Index into `archives` of each image's archive. */
  archive: Int32Array;
  /** Entry path of each image inside its archive. */
  files: string[];
  /** Name of each character id, `<Alphabet>/characterNN`. */
  characterNames: string[];
  /** Alphabet id of each character id. */
  characterAlphabet: Int32Array;
  /** Name of each alphabet id, e.g. `Balinese`. */
  alphabetNames: string[];
  /** The archives read, with where they were found and their SHA-256. */
  archives: OmniglotArchive[];
  /** Alphabets a later archive holds again, identical, and that were therefore read once (see `loadOmniglot`). */
  duplicates: string[];
}

export interface OmniglotLoad<P extends Float32Array | Uint8Array = Float32Array> extends OmniglotSet<P> {
  /** Decoded from the archives (first load), read from the cache file, or reused from this process's memory. */
  source: "archive" | "cache" | "memory";
  cacheFile: string;
}

export interface LoadOmniglotOptions {
  /** 28 (default, float32 area averages) or 105 (bytes 0/1). */
  size?: OmniglotSide;
  /** Folder holding the archives; when given, the only place looked. Default: see omniglot_archives.ts. */
  dir?: string;
  /** Folder of the cache files (default `data/cache` of the repository, or `$LOSSLAB_DATA/cache`). */
  cacheDir?: string;
}

const ENTRY = /^(images_background_small[12])\/([^/]+)\/(character\d+)\/(\d+)_(\d+)\.png$/;

/** The background set (both small archives, the overlap read once): 4,840 images, 242 characters, 8 alphabets. */
export function loadOmniglot(options?: LoadOmniglotOptions & { size?: 28 }): OmniglotLoad<Float32Array>;
export function loadOmniglot(options: LoadOmniglotOptions & { size: 105 }): OmniglotLoad<Uint8Array>;
export function loadOmniglot(options?: LoadOmniglotOptions): OmniglotLoad<Float32Array | Uint8Array>;
export function loadOmniglot(options: LoadOmniglotOptions = {}): OmniglotLoad<Float32Array | Uint8Array> {
  const fn = "loadOmniglot";
  checkOptions(fn, options, ["size?", "dir?", "cacheDir?"]);
  const size = checkOmniglotSide(fn, options.size ?? 28);
  const d = loadOmniglotArchives(fn, "background", [...OMNIGLOT_BACKGROUND_ARCHIVES], size, options.dir, options.cacheDir);
  const file = (i: number) => d.archives[d.archiveOf[i]].path;
  const parsed = d.entries.map((entry, i) => {
    const m = ENTRY.exec(entry);
    const archiveName = d.archives[d.archiveOf[i]].name;
    if (m === null || `${m[1]}.zip` !== archiveName) {
      throw new DataFileError(fn, file(i), `entry '${entry}' of archive '${file(i)}' is not laid out as '${archiveName.replace(/\.zip$/, "")}/<Alphabet>/characterNN/<id>_<drawer>.png'.`, entry);
    }
    return { alphabet: m[2], character: m[3], drawer: Number(m[5]) - 1, within: entry.slice(m[1].length + 1) };
  });
  const rows = keptRows(fn, d, parsed, file);
  const count = rows.length;
  const character = new Int32Array(count);
  const alphabet = new Int32Array(count);
  const drawer = new Int32Array(count);
  const characterNames: string[] = [];
  const alphabetNames: string[] = [];
  const characterAlphabet: number[] = [];
  rows.forEach((row, i) => {
    const p = parsed[row];
    if (alphabetNames[alphabetNames.length - 1] !== p.alphabet) alphabetNames.push(p.alphabet);
    const characterName = `${p.alphabet}/${p.character}`;
    if (characterNames[characterNames.length - 1] !== characterName) {
      characterNames.push(characterName);
      characterAlphabet.push(alphabetNames.length - 1);
    }
    character[i] = characterNames.length - 1;
    alphabet[i] = alphabetNames.length - 1;
    drawer[i] = p.drawer;
  });
  const pixels = size * size;
  let images: Float32Array | Uint8Array;
  if (size === 105) {
    images = new Uint8Array(count * pixels);
    rows.forEach((row, i) => writeInkBytes(d, row, images as Uint8Array, i * pixels));
  } else {
    images = new Float32Array(count * pixels);
    rows.forEach((row, i) => writeInkFloats(d, row, images as Float32Array, i * pixels));
  }
  return {
    size,
    pixels,
    count,
    images,
    character,
    alphabet,
    drawer,
    archive: Int32Array.from(rows, (r) => d.archiveOf[r]),
    files: rows.map((r) => d.entries[r]),
    characterNames,
    characterAlphabet: Int32Array.from(characterAlphabet),
    alphabetNames,
    archives: d.archives.map((a) => ({ ...a })),
    duplicates: duplicatesOf(d, parsed, rows),
    source: d.source,
    cacheFile: d.cacheFile,
  };
}

export function checkOmniglotSide(fn: string, size: unknown): OmniglotSide {
  if (!OMNIGLOT_SIDES.includes(size as OmniglotSide)) throw new InputTypeError(fn, "size", "28 or 105", describe(size));
  return size as OmniglotSide;
}

/** The images of given rows of a set, in that order (ids, names and archives kept). */
export function selectOmniglotRows<P extends Float32Array | Uint8Array>(set: OmniglotSet<P>, rows: ArrayLike<number>): OmniglotSet<P> {
  const fn = "selectOmniglotRows";
  if (typeof set !== "object" || set === null || !(set.images instanceof Float32Array || set.images instanceof Uint8Array) || set.images.length !== set.count * set.pixels) {
    throw new InputTypeError(fn, "set", "an Omniglot set from loadOmniglot", describe(set));
  }
  if (!Array.isArray(rows) && !(ArrayBuffer.isView(rows) && !(rows instanceof DataView))) {
    throw new InputTypeError(fn, "rows", "an array of row indices", describe(rows));
  }
  const n = rows.length;
  const images = new (set.images.constructor as { new (n: number): P })(n * set.pixels);
  const pick = (a: Int32Array) => Int32Array.from({ length: n }, (_, i) => a[rows[i]]);
  for (let i = 0; i < n; i++) {
    const r = checkInteger(fn, `rows[${i}]`, rows[i], { min: 0, max: set.count - 1 });
    images.set(set.images.subarray(r * set.pixels, (r + 1) * set.pixels), i * set.pixels);
  }
  return {
    ...set,
    count: n,
    images,
    character: pick(set.character),
    alphabet: pick(set.alphabet),
    drawer: pick(set.drawer),
    archive: pick(set.archive),
    files: Array.from({ length: n }, (_, i) => set.files[rows[i]]),
  };
}


type ParsedEntry = { alphabet: string; character: string; drawer: number; within: string };

/**
 * The rows kept: every image of an alphabet's first archive. An alphabet that a later archive holds again
 * must be the same images (same paths below the archive's folder, same pixels), and is dropped there:
 * images_background_small1 and _small2 both hold Greek and Latin, identical, so the two archives'
 * 5,840 files are 4,840 distinct images of 242 characters in 8 alphabets.
 */
function keptRows(fn: string, d: DecodedArchives, parsed: ParsedEntry[], file: (i: number) => string): number[] {
  const firstArchive = new Map<string, number>();
  const rowsOf = new Map<string, number[]>(); // `${archive}|${alphabet}` -> rows
  parsed.forEach((p, i) => {
    if (!firstArchive.has(p.alphabet)) firstArchive.set(p.alphabet, d.archiveOf[i]);
    const key = `${d.archiveOf[i]}|${p.alphabet}`;
    const list = rowsOf.get(key) ?? [];
    list.push(i);
    rowsOf.set(key, list);
  });
  const bytes = cachedImageBytes(d.side);
  const kept: number[] = [];
  parsed.forEach((p, i) => {
    const first = firstArchive.get(p.alphabet)!;
    if (d.archiveOf[i] === first) return kept.push(i);
    const original = rowsOf.get(`${first}|${p.alphabet}`)!;
    const copy = rowsOf.get(`${d.archiveOf[i]}|${p.alphabet}`)!;
    const k = copy.indexOf(i);
    const o = original[k];
    const same = original.length === copy.length && parsed[o].within === p.within &&
      d.pixels.subarray(o * bytes, (o + 1) * bytes).every((v, t) => v === d.pixels[i * bytes + t]);
    if (!same) {
      throw new DataFileError(fn, file(i), `alphabet '${p.alphabet}' is in '${d.archives[first].name}' and, with different images, in '${file(i)}' (entry '${d.entries[i]}').`, d.entries[i]);
    }
    return undefined;
  });
  return kept;
}

/** What was dropped as a copy: "images_background_small2.zip: Greek (480 images, as in images_background_small1.zip)". */
function duplicatesOf(d: DecodedArchives, parsed: ParsedEntry[], rows: number[]): string[] {
  const keptSet = new Set(rows);
  const dropped = new Map<string, number>();
  const firstOf = new Map<string, string>();
  parsed.forEach((p, i) => {
    if (keptSet.has(i)) {
      if (!firstOf.has(p.alphabet)) firstOf.set(p.alphabet, d.archives[d.archiveOf[i]].name);
      return;
    }
    const key = `${d.archives[d.archiveOf[i]].name}: ${p.alphabet}`;
    dropped.set(key, (dropped.get(key) ?? 0) + 1);
  });
  return [...dropped].map(([key, n]) => `${key} (${n} images, the same as in ${firstOf.get(key.split(": ")[1])})`);
}
