/**
 * `losslab/internal`: the argument checks and small helpers losslab's own functions are built from,
 * for packages that extend losslab and want the same errors (the option checks with their "did you
 * mean" suggestions, tensor and label conversion, value scans). Not part of the stable API: names and
 * signatures may change in any release. Import with `import { checkOptions } from "losslab/internal"`.
 *
 * What is here: every export of the validation area (`checkOptions`, `checkRange`, `checkInteger`,
 * `checkOneOf`, `toTensor`, `toEmbeddings`, `toLabels`, `describe`, `editDistance`, … and, again, the
 * error classes and `validationConfig`, which the root export also has) and `keptByNotesRule`, the
 * random-triplet keep rule.
 */
export * from "./validation";
export { keptByNotesRule } from "./miners/random_triplets";
