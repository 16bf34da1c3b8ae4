import { type ExerciseSpec } from "./checker";
import { type Experiment, type Question } from "./answers";
export interface Exercise08Input {
    theta: number;
    s: number;
    m: number;
}
/** The student's function: ArcFace's target logit for the true class's angle θ (radians), scale s, margin m (radians). */
export type ArcFaceLogitFunction = (theta: number, s: number, m: number) => number;
export declare const exercise08: ExerciseSpec<Exercise08Input, number>;
/** Checks a student's ArcFace target logit and shows the report. */
export declare function checkArcFaceLogit(student: ArcFaceLogitFunction, opts?: {
    mustPass?: boolean;
}): void;
export interface CosFaceScaleInput {
    /** C, the number of classes. */
    classes: number;
    /** P, the probability of the true class to reach. */
    probability: number;
}
/** The student's function of part 1: the smallest s at which C classes can reach probability P. */
export type CosFaceMinScaleFunction = (classes: number, probability: number) => number;
/** The checker's own reference: s_min = (C − 1)/C · ln((C − 1)P/(1 − P)). */
export declare function cosFaceScaleBound({ classes: C, probability: P }: CosFaceScaleInput): number;
/** The best probability of the true class at scale s: features on their weights, weights a regular simplex. */
export declare function bestTrueClassProbability(classes: number, s: number): number;
export declare const exercise08Scale: ExerciseSpec<CosFaceScaleInput, number>;
/** Checks a student's CosFace scale bound (part 1) and shows the report. */
export declare function checkCosFaceMinScale(student: CosFaceMinScaleFunction, opts?: {
    mustPass?: boolean;
}): void;
export declare function prediction08(): Question<string>;
/** Checks the prediction of exercise 08 (the best P at s = 1). */
export declare const checkScalePrediction: (answer: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
/** Exercise 08's run: C classes, free features (a network of unlimited capacity), a CosFace head. */
export declare const COSFACE_RUN: Readonly<{
    classes: 10;
    perClass: 4;
    dim: 16;
    m: 0.35;
    steps: 150;
    learningRate: 0.05;
    seed: 8;
}>;
/**
 * Trains free features and a CosFace head (margin 0.35) at scale s and returns the mean probability of
 * the true class from the plain logits s·cos θ (the ones used at test time).
 */
export declare function cosFaceScaleRun(s: number): number;
export declare function experiment08(): Experiment<number>;
/** Checks the runs of exercise 08's experiment (CosFace below and above the bound). */
export declare const checkCosFaceScaleExperiment: (runs: unknown, opts?: {
    mustPass?: boolean | undefined;
} | undefined) => void;
//# sourceMappingURL=lesson08.d.ts.map