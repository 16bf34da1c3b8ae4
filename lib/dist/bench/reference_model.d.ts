/**
 * The course's reference model, defined once: the MNIST feature network of the margin lessons
 * (784-256-128-d, ReLU, fast dense layers) with a classification head on its d-dimensional features.
 * The benchmark trains it, the capstone and the lessons build the same pieces. Any of the six heads
 * of lessons 05–08 can sit on it, so the benchmark can say what each margin adds to a softmax step.
 */
import { EmbeddingNet } from "../models/embedding_net";
import type { ClassificationHead } from "../heads/head";
import type { DenseFormulation } from "../backend/formulations";
export type ReferenceHead = "softmax" | "modified" | "lsoftmax" | "asoftmax" | "cosface" | "arcface";
/** The heads, softmax first (the baseline the margins are compared with). */
export declare const REFERENCE_HEADS: readonly ReferenceHead[];
export interface ReferenceModelOptions {
    head: ReferenceHead;
    /** Feature size d (default 2, as in the lessons' pictures). */
    featureSize?: number;
    /** Classes (default 10). */
    classes?: number;
    seed?: number;
    /** How the dense layers write their backward products (default: the fastest on the active backend). */
    dense?: DenseFormulation;
}
export interface ReferenceModel {
    net: EmbeddingNet;
    head: ClassificationHead;
    dispose(): void;
}
/** Builds the reference network and head, seeded. */
export declare function referenceModel(options: ReferenceModelOptions): ReferenceModel;
//# sourceMappingURL=reference_model.d.ts.map