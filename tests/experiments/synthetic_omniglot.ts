/**
 * A tiny synthetic stand-in for the Omniglot experiment's data, in the loaders' shapes (OmniglotSet and
 * OneShotRuns at 28×28): each character is a few random strokes, each drawer a shifted copy with some
 * ink dropped, so a network can learn something in a few steps. Alphabets "A" and "B" train, "Val"
 * tunes, "Test" is unseen; two one-shot runs of 4 new characters.
 */
import { Rng } from "losslab";
import type { ExperimentData, OmniglotExperimentConfig } from "losslab-course";

const SIDE = 28;

/** A character's strokes: a few line segments between random points. */
function strokes(rng: Rng): [number, number, number, number][] {
  return Array.from({ length: 3 }, () => [4 + rng.int(20), 4 + rng.int(20), 4 + rng.int(20), 4 + rng.int(20)] as [number, number, number, number]);
}

/** One drawer's image of the strokes: shifted by up to ±2 pixels, 10 % of the ink dropped. */
function draw(lines: [number, number, number, number][], rng: Rng): Float32Array {
  const img = new Float32Array(SIDE * SIDE);
  const [dx, dy] = [rng.int(5) - 2, rng.int(5) - 2];
  for (const [r0, c0, r1, c1] of lines) {
    for (let t = 0; t <= 20; t++) {
      const r = Math.round(r0 + ((r1 - r0) * t) / 20) + dy;
      const c = Math.round(c0 + ((c1 - c0) * t) / 20) + dx;
      if (r >= 0 && r < SIDE && c >= 0 && c < SIDE && rng.uniform() > 0.1) img[r * SIDE + c] = 1;
    }
  }
  return img;
}

function points(img: Float32Array): Float64Array {
  const p: number[] = [];
  for (let k = 0; k < img.length; k++) if (img[k] > 0.5) p.push(Math.floor(k / SIDE), k % SIDE);
  const n = p.length / 2;
  const [mr, mc] = [0, 1].map((o) => p.filter((_, i) => i % 2 === o).reduce((a, b) => a + b, 0) / Math.max(n, 1));
  return Float64Array.from(p, (v, i) => v - (i % 2 === 0 ? mr : mc));
}

/** The synthetic data: alphabets A (5 characters), B (5), Val (4), Test (6); `drawers` images a character. */
export function syntheticOmniglot(seed = 1, drawers = 8): ExperimentData {
  const rng = new Rng(seed);
  const alphabets: [string, number][] = [["A", 5], ["B", 5], ["Test", 6], ["Val", 4]];
  const images: Float32Array[] = [];
  const character: number[] = [];
  const alphabet: number[] = [];
  const drawer: number[] = [];
  const files: string[] = [];
  const characterNames: string[] = [];
  const characterAlphabet: number[] = [];
  alphabets.forEach(([name, count], a) => {
    for (let c = 0; c < count; c++) {
      const id = characterNames.length;
      characterNames.push(`${name}/character${String(c + 1).padStart(2, "0")}`);
      characterAlphabet.push(a);
      const lines = strokes(rng);
      for (let d = 0; d < drawers; d++) {
        images.push(draw(lines, rng));
        character.push(id);
        alphabet.push(a);
        drawer.push(d);
        files.push(`synthetic/${characterNames[id]}/${id}_${String(d + 1).padStart(2, "0")}.png`);
      }
    }
  });
  const flat = new Float32Array(images.length * SIDE * SIDE);
  images.forEach((img, i) => flat.set(img, i * SIDE * SIDE));
  const runs = [0, 1].map((r) => {
    const chars = Array.from({ length: 4 }, () => strokes(rng));
    const training = chars.map((l) => draw(l, rng));
    const order = [2, 0, 3, 1];
    const test = order.map((k) => draw(chars[k], rng));
    const name = `run${String(r + 1).padStart(2, "0")}`;
    const block = (imgs: Float32Array[]) => {
      const out = new Float32Array(imgs.length * SIDE * SIDE);
      imgs.forEach((img, i) => out.set(img, i * SIDE * SIDE));
      return out;
    };
    return {
      name,
      training: { files: training.map((_, i) => `${name}/training/class${i + 1}.png`), images: block(training), points: training.map(points) },
      test: { files: test.map((_, i) => `${name}/test/item${i + 1}.png`), images: block(test), points: test.map(points) },
      answers: Int32Array.from(order),
    };
  });
  return {
    background: {
      size: 28,
      pixels: SIDE * SIDE,
      count: images.length,
      images: flat,
      character: Int32Array.from(character),
      alphabet: Int32Array.from(alphabet),
      drawer: Int32Array.from(drawer),
      archive: new Int32Array(images.length),
      files,
      characterNames,
      characterAlphabet: Int32Array.from(characterAlphabet),
      alphabetNames: alphabets.map(([n]) => n),
      archives: [],
      duplicates: [],
    },
    runs: { size: 28, pixels: SIDE * SIDE, runs, archive: { name: "synthetic", path: "", sha256: "" }, source: "memory", cacheFile: "" },
  } as unknown as ExperimentData;
}

/** A design small enough for a test: 4-filter Conv-4, a few steps, two losses, small grids and sweeps. */
export function syntheticConfig(): OmniglotExperimentConfig {
  return {
    splits: { validationAlphabets: ["Val"], testAlphabets: ["Test"], trainDrawers: [0, 1, 2, 3, 4, 5] },
    network: { imageSize: 28, filters: 4, embeddingSize: 8, augmentation: { rotation: 5, scale: 0.05, shift: 0.05 } },
    training: { epochs: 2, batchSize: 16, perClass: 4, learningRate: 0.01 },
    evaluation: { episodes: 10, episodeSettings: [{ ways: 3, shots: 1 }, { ways: 3, shots: 2 }], queries: 2, validationRounds: 5, fars: [1e-2, 1e-3] },
    grids: {
      softmax: [{}],
      normFace: [{ s: 10 }],
      cosFace: [{ s: 10, m: 0.1 }, { s: 10, m: 0.3 }],
      arcFace: [{ s: 10, m: 0.2 }],
      sphereFace: [{ m: 2 }],
      contrastive: [{ negMargin: 0.8 }],
      triplet: [{ margin: 0.2 }],
      multiSimilarity: [{ alpha: 2, beta: 50, base: 0.5 }],
    },
    losses: ["softmax", "cosFace"],
    tuningSeed: 9,
    seeds: [0, 1],
    marginSweep: { s: 10, margins: [-0.1, 0.3], seeds: [0] },
    classSweep: { counts: [4], losses: ["softmax", "cosFace"], seeds: [0] },
  };
}
