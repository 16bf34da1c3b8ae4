/**
 * The official one-shot classification benchmark of Omniglot (Lake, Salakhutdinov & Tenenbaum 2015):
 * `all_runs.zip` of github.com/brendenlake/omniglot, 20 runs of 20-way within-alphabet classification
 * on characters of the evaluation alphabets. Run NN holds `runNN/training/classMM.png` (one image of each
 * of 20 characters), `runNN/test/itemMM.png` (20 images to classify) and `runNN/class_labels.txt`, lines
 * "runNN/test/itemMM.png runNN/training/classKK.png".
 *
 * The pairing follows `demo_classification.py` exactly: test and training files sorted by name, and the
 * answer of the i-th SORTED test file taken from the i-th LINE of class_labels.txt (the demo keeps the
 * lines' order for the answers). In all_runs.zip the lines are in sorted test order, so the two agree
 * (tests/data/omniglot.test.ts checks it on the real archive).
 *
 * `points` are what the demo's `LoadImgAsPoints` returns: the (row, col) of every inked pixel of the
 * 105×105 image, in row-major order, centred on their mean; stored interleaved [r₀, c₀, r₁, c₁, …] in float64.
 */
import { DataFileError } from "./archive";
import { checkOptions } from "losslab/internal";
import { checkOmniglotSide } from "./omniglot";
import { loadOmniglotArchives, OMNIGLOT_SOURCE_SIDE, writeInkBytes, writeInkFloats, type DecodedArchives, type OmniglotArchive, type OmniglotSide } from "./omniglot_archives";

export const OMNIGLOT_RUNS_ARCHIVE = "all_runs.zip";

/** Images of one side of a run (training or test), sorted by file name. */
export interface OneShotImages<P extends Float32Array | Uint8Array = Float32Array> {
  /** Entry paths, sorted. */
  files: string[];
  /** files.length·size² values, ink 1, background 0. */
  images: P;
  /** Inked-pixel coordinates of each 105×105 image, centred on their mean, interleaved (row, col). */
  points: Float64Array[];
}

export interface OneShotRun<P extends Float32Array | Uint8Array = Float32Array> {
  /** e.g. "run01". */
  name: string;
  /** One image of each of the run's classes. */
  training: OneShotImages<P>;
  /** The images to classify. */
  test: OneShotImages<P>;
  /** For each sorted test image, the index of its class among the sorted training images (from class_labels.txt). */
  answers: Int32Array;
}

export interface OneShotRuns<P extends Float32Array | Uint8Array = Float32Array> {
  size: OmniglotSide;
  pixels: number;
  runs: OneShotRun<P>[];
  archive: OmniglotArchive;
  source: "archive" | "cache" | "memory";
  cacheFile: string;
}

export interface LoadOneShotRunsOptions {
  /** 28 (default, float32 area averages) or 105 (bytes 0/1); `points` always come from the 105×105 ink. */
  size?: OmniglotSide;
  /** Folder holding all_runs.zip; when given, the only place looked. */
  dir?: string;
  /** Folder of the cache files (default `data/cache`). */
  cacheDir?: string;
}

/** The demo's LoadImgAsPoints on a 105×105 0/1 image: inked (row, col), centred on their mean. */
export function inkPoints(ink: Uint8Array, side: number = OMNIGLOT_SOURCE_SIDE): Float64Array {
  let n = 0;
  for (let k = 0; k < side * side; k++) n += ink[k];
  const pts = new Float64Array(2 * n);
  let sr = 0;
  let sc = 0;
  for (let k = 0, t = 0; k < side * side; k++) {
    if (!ink[k]) continue;
    const r = (k / side) | 0;
    const c = k - r * side;
    pts[t++] = r;
    pts[t++] = c;
    sr += r;
    sc += c;
  }
  const mr = sr / n;
  const mc = sc / n;
  for (let t = 0; t < pts.length; t += 2) {
    pts[t] -= mr;
    pts[t + 1] -= mc;
  }
  return pts;
}

const RUN_ENTRY = /^(run\d+)\/(training|test)\/[^/]+\.png$/;

/** The 20 runs of all_runs.zip, images at `size` plus the ink points the Modified Hausdorff baseline needs. */
export function loadOneShotRuns(options?: LoadOneShotRunsOptions & { size?: 28 }): OneShotRuns<Float32Array>;
export function loadOneShotRuns(options: LoadOneShotRunsOptions & { size: 105 }): OneShotRuns<Uint8Array>;
export function loadOneShotRuns(options?: LoadOneShotRunsOptions): OneShotRuns<Float32Array | Uint8Array>;
export function loadOneShotRuns(options: LoadOneShotRunsOptions = {}): OneShotRuns<Float32Array | Uint8Array> {
  const fn = "loadOneShotRuns";
  checkOptions(fn, options, ["size?", "dir?", "cacheDir?"]);
  const size = checkOmniglotSide(fn, options.size ?? 28);
  const full = loadOmniglotArchives(fn, "runs", [OMNIGLOT_RUNS_ARCHIVE], OMNIGLOT_SOURCE_SIDE, options.dir, options.cacheDir);
  const d = size === OMNIGLOT_SOURCE_SIDE ? full : loadOmniglotArchives(fn, "runs", [OMNIGLOT_RUNS_ARCHIVE], size, options.dir, options.cacheDir);
  const file = d.archives[0].path;
  const index = new Map<string, number>();
  const byRun = new Map<string, { training: string[]; test: string[] }>();
  d.entries.forEach((entry, i) => {
    const m = RUN_ENTRY.exec(entry);
    if (m === null) throw new DataFileError(fn, file, `entry '${entry}' of archive '${file}' is not laid out as 'runNN/training|test/<name>.png'.`, entry);
    index.set(entry, i);
    const run = byRun.get(m[1]) ?? { training: [], test: [] };
    run[m[2] as "training" | "test"].push(entry);
    byRun.set(m[1], run);
  });
  const pixels = size * size;
  const ink = new Uint8Array(OMNIGLOT_SOURCE_SIDE * OMNIGLOT_SOURCE_SIDE);
  const side = (files: string[]): OneShotImages<Float32Array | Uint8Array> => {
    const images = size === OMNIGLOT_SOURCE_SIDE ? new Uint8Array(files.length * pixels) : new Float32Array(files.length * pixels);
    const points = files.map((f, j) => {
      const i = index.get(f)!;
      writeInkBytes(full, full.entries.indexOf(f), ink, 0);
      if (images instanceof Uint8Array) images.set(ink, j * pixels);
      else writeInkFloats(d, i, images, j * pixels);
      return inkPoints(ink);
    });
    return { files, images, points };
  };
  const runs = [...byRun.keys()].sort().map((name) => {
    const { training, test } = byRun.get(name)!;
    training.sort();
    test.sort();
    const answers = readAnswers(fn, file, d, name, training, test);
    return { name, training: side(training), test: side(test), answers };
  });
  if (runs.length === 0) throw new DataFileError(fn, file, `archive '${file}' holds no run (expected runNN/training, runNN/test, runNN/class_labels.txt).`);
  return { size, pixels, runs, archive: { ...d.archives[0] }, source: d.source, cacheFile: d.cacheFile };
}

/** class_labels.txt of a run, paired as the demo does (see the module comment). */
function readAnswers(fn: string, file: string, d: DecodedArchives, run: string, training: string[], test: string[]): Int32Array {
  const entry = `${run}/class_labels.txt`;
  const text = d.texts[entry];
  if (text === undefined) throw new DataFileError(fn, file, `archive '${file}' has no entry '${entry}'.`, entry);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").map((l) => l.trim().split(/\s+/));
  if (lines.length !== test.length) {
    throw new DataFileError(fn, file, `entry '${entry}' of archive '${file}' has ${lines.length} lines for ${test.length} test images.`, entry);
  }
  return Int32Array.from(lines, (parts, i) => {
    const k = training.indexOf(parts[1] ?? "");
    if (parts.length !== 2 || k < 0 || !test.includes(parts[0])) {
      throw new DataFileError(fn, file, `line ${i + 1} of entry '${entry}' of archive '${file}' is not "<test image> <training image>" of this run: '${parts.join(" ")}'.`, entry);
    }
    return k;
  });
}
