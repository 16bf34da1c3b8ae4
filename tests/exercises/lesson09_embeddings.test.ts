/**
 * Exercise 09's data maker on a small synthetic data set built in memory (no archive needed): the
 * Omniglot experiment's splits, objective and training, then the runs' embeddings, unit length and
 * rounded, with the one-shot error they give. The saved file itself is read by lesson09.test.ts.
 */
import { Rng } from "losslab";
import { testBackend } from "../backends";
import { makeOneShotEmbeddings, oneShotErrorOf, OMNIGLOT_EXPERIMENT, type ExperimentData } from "losslab-course";

const SIDE = 28;

/** A character's image: a bright square placed by the character, shifted a pixel by the drawer, plus noise. */
function image(character: number, drawer: number, rng: Rng): Float32Array {
  const out = new Float32Array(SIDE * SIDE);
  const r0 = 3 + ((character * 5) % 15) + (drawer % 2);
  const c0 = 3 + ((character * 7) % 15) + ((drawer >> 1) % 2);
  for (let r = r0; r < r0 + 8; r++) for (let c = c0; c < c0 + 6; c++) out[r * SIDE + c] = 1;
  for (let k = 0; k < out.length; k++) out[k] = Math.min(1, out[k] + 0.05 * rng.uniform(0, 1));
  return out;
}

function syntheticData(): ExperimentData {
  const rng = new Rng(3);
  const alphabets = ["Train_A", "Train_B", "Tagalog", "Early_Aramaic"];
  const perAlphabet = 3;
  const drawers = 4;
  const images: Float32Array[] = [];
  const character: number[] = [];
  const alphabet: number[] = [];
  const drawer: number[] = [];
  const characterNames: string[] = [];
  const characterAlphabet: number[] = [];
  alphabets.forEach((name, a) => {
    for (let k = 0; k < perAlphabet; k++) {
      const c = characterNames.length;
      characterNames.push(`${name}/character${k + 1}`);
      characterAlphabet.push(a);
      for (let d = 0; d < drawers; d++) {
        images.push(image(c, d, rng));
        character.push(c);
        alphabet.push(a);
        drawer.push(d);
      }
    }
  });
  const flat = new Float32Array(images.length * SIDE * SIDE);
  images.forEach((im, i) => flat.set(im, i * SIDE * SIDE));
  const side = (chars: number[], d: number) => {
    const block = new Float32Array(chars.length * SIDE * SIDE);
    chars.forEach((c, i) => block.set(image(20 + c, d, rng), i * SIDE * SIDE));
    return { files: chars.map((c) => `run/class${c}.png`), images: block, points: chars.map(() => new Float64Array(0)) };
  };
  const runs = [0, 1].map((r) => ({ name: `run0${r + 1}`, training: side([0, 1, 2, 3], 0), test: side([2, 0, 3, 1], 1), answers: Int32Array.from([2, 0, 3, 1]) }));
  const background = {
    size: 28, pixels: SIDE * SIDE, count: images.length, images: flat, character: Int32Array.from(character), alphabet: Int32Array.from(alphabet),
    drawer: Int32Array.from(drawer), archive: new Int32Array(images.length), files: images.map((_, i) => `image${i}.png`), characterNames,
    characterAlphabet: Int32Array.from(characterAlphabet), alphabetNames: alphabets, archives: [], duplicates: [],
  };
  return { background, runs: { size: 28, pixels: SIDE * SIDE, runs, archive: {}, source: "memory", cacheFile: "" } } as unknown as ExperimentData;
}

describe("makeOneShotEmbeddings (synthetic data in memory)", () => {
  const config = {
    ...OMNIGLOT_EXPERIMENT,
    network: { ...OMNIGLOT_EXPERIMENT.network, filters: 8, embeddingSize: 8 },  // no final dense layer (its fused matmul trips the test build's per-kernel leak check)
    training: { ...OMNIGLOT_EXPERIMENT.training, batchSize: 8 },
    splits: { ...OMNIGLOT_EXPERIMENT.splits, trainDrawers: [0, 1, 2] },
  };

  // tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel: a Conv-4 cannot be trained there, and the
  // maker says so through that kernel's name (the embeddings are made on the native backend)
  const wasm = testBackend() === "wasm";

  it("trains on the training alphabets' drawers only, embeds every run as unit rows rounded to the decimals, and records the error they give", async () => {
    const make = () => makeOneShotEmbeddings({ data: syntheticData(), config, epochs: 1, decimals: 3, command: "test" });
    if (wasm) {
      await expect(make()).rejects.toThrow(/Conv2DBackpropFilter/);
      return;
    }
    const saved = await make();
    expect(saved.trainAlphabets).toEqual(["Train_A", "Train_B"]);
    expect(saved.trainCharacters).toBe(6);
    expect(saved.steps).toBe(Math.ceil((6 * 3) / 8));
    expect(saved.runs.map((r) => r.name)).toEqual(["run01", "run02"]);
    for (const run of saved.runs) {
      expect(run.answers).toEqual([2, 0, 3, 1]);
      for (const row of [...run.support, ...run.queries]) {
        expect(row).toHaveLength(8);
        expect(Math.hypot(...row)).toBeCloseTo(1, 2);
        for (const v of row) expect(Math.abs(v * 1000 - Math.round(v * 1000))).toBeLessThan(1e-9);
      }
    }
    expect(saved.oneShotErrorPercent).toBe(oneShotErrorOf(saved));
    expect(saved.command).toBe("test");
    expect(saved.source).toMatch(/^Conv-4 \(8 filters, 8-D\) trained with cosFace \(s = 30, m = 0\.2\), seed 0, 1 epochs$/);
  });

  it("is reproducible: the same seed gives the same embeddings", async () => {
    if (wasm) {
      await expect(makeOneShotEmbeddings({ data: syntheticData(), config, epochs: 1, seed: 5 })).rejects.toThrow(/Conv2DBackpropFilter/);
      return;
    }
    const a = await makeOneShotEmbeddings({ data: syntheticData(), config, epochs: 1, seed: 5 });
    const b = await makeOneShotEmbeddings({ data: syntheticData(), config, epochs: 1, seed: 5 });
    expect(a.runs).toEqual(b.runs);
  });

  it("refuses a misspelt option and a bad seed before training", async () => {
    await expect(makeOneShotEmbeddings({ data: syntheticData(), config, epoch: 1 } as never)).rejects.toThrow(/did you mean 'epochs'/);
    await expect(makeOneShotEmbeddings({ data: syntheticData(), config, seed: -1 })).rejects.toThrow(/makeOneShotEmbeddings.*'seed'/);
  });
});
