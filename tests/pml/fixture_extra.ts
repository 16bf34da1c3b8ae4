// The reference values of tests/fixtures/pml/pml_reference_extra.json (written by
// scripts/fixtures/pml_reference_extra.py with pytorch-metric-learning 2.9.0): the classes added after
// pml_reference_more.json.
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const pmlExtra: any = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pml", "pml_reference_extra.json"), "utf8"));

export { largest } from "./fixture";

/** A case's test name: the class, its options, the input and the indices tuple if any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const caseName = (c: any): string => `${c.loss ?? c.name} ${JSON.stringify(c.options ?? {})} on ${c.input}${c.tuple ? ` with ${c.tuple}` : ""}`;
