export { SCORE_KINDS, type ScoreKind, type VerificationInput } from "./scores";
export * from "./roc";
export * from "./threshold";
export * from "./score_pairs";
export * from "./siamese_classifier";
//# sourceMappingURL=index.d.ts.map