/**
 * The Omniglot experiment's splits of the background set (see config.ts for the design and why):
 * characters of the training alphabets (their training drawers to train on, the other drawers as the
 * closed set), a validation alphabet for tuning, a test alphabet for the unseen-class protocols, and the
 * nested subsets of training characters of the class-count sweep.
 */
import { Rng, ValueError } from "losslab";
import type { OmniglotSet } from "../../data/omniglot";
import type { SplitConfig } from "./config";

export interface OmniglotSplits {
  /** Global character ids of the training alphabets, in id order. */
  trainCharacters: number[];
  validationCharacters: number[];
  testCharacters: number[];
  trainAlphabets: string[];
  /** Rows of the set per part. */
  validationRows: number[];
  testRows: number[];
  /** Rows of the training characters' held-out drawers. */
  closedSetRows: number[];
}

/** Seed of the order in which training characters enter the class-count sweep's nested subsets. */
export const SWEEP_ORDER_SEED = 2015;

/** The splits of `set` by alphabet name and drawer; every named alphabet must exist. */
export function omniglotSplits(set: OmniglotSet<Float32Array | Uint8Array>, config: SplitConfig): OmniglotSplits {
  const fn = "omniglotSplits";
  const held = [...config.validationAlphabets, ...config.testAlphabets];
  for (const name of held) {
    if (!set.alphabetNames.includes(name)) throw new ValueError(fn, "config", `alphabets of the set (${set.alphabetNames.join(", ")})`, `'${name}'`);
  }
  const alphabetIds = (names: string[]) => new Set(names.map((n) => set.alphabetNames.indexOf(n)));
  const validation = alphabetIds(config.validationAlphabets);
  const test = alphabetIds(config.testAlphabets);
  const charactersOf = (keep: (alphabet: number) => boolean) =>
    set.characterNames.map((_, c) => c).filter((c) => keep(set.characterAlphabet[c]));
  const trainCharacters = charactersOf((a) => !validation.has(a) && !test.has(a));
  const trainDrawers = new Set(config.trainDrawers);
  const rows = (keep: (i: number) => boolean) => Array.from({ length: set.count }, (_, i) => i).filter(keep);
  const isTrainCharacter = new Set(trainCharacters);
  return {
    trainCharacters,
    validationCharacters: charactersOf((a) => validation.has(a)),
    testCharacters: charactersOf((a) => test.has(a)),
    trainAlphabets: set.alphabetNames.filter((_, a) => !validation.has(a) && !test.has(a)),
    validationRows: rows((i) => validation.has(set.alphabet[i])),
    testRows: rows((i) => test.has(set.alphabet[i])),
    closedSetRows: rows((i) => isTrainCharacter.has(set.character[i]) && !trainDrawers.has(set.drawer[i])),
  };
}

/** The first `count` training characters in the sweep's fixed seeded order: subsets nest as count grows. */
export function sweepCharacters(trainCharacters: number[], count: number): number[] {
  if (!Number.isInteger(count) || count < 2 || count > trainCharacters.length) {
    throw new ValueError("sweepCharacters", "count", `an integer in [2, ${trainCharacters.length}]`, String(count));
  }
  return new Rng(SWEEP_ORDER_SEED).shuffle(trainCharacters).slice(0, count).sort((a, b) => a - b);
}

/** Rows of the set that train a run: the given characters' training drawers. */
export function trainingRows(set: OmniglotSet<Float32Array | Uint8Array>, characters: number[], trainDrawers: number[]): number[] {
  const chars = new Set(characters);
  const drawers = new Set(trainDrawers);
  const out: number[] = [];
  for (let i = 0; i < set.count; i++) if (chars.has(set.character[i]) && drawers.has(set.drawer[i])) out.push(i);
  return out;
}
