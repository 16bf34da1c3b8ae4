/**
 * The loss piece of a head-trained network: a classification head described as data (its class and
 * its constructor options), built fresh by `buildHead`. One table for every experiment that trains a
 * head: `trainHeadSpec` (lessons 05–08, on worker threads), the capstone (lesson 09) and the Omniglot
 * experiment's objectives.
 */
import {
  ArcFaceHead,
  ASoftmaxHead,
  CosFaceHead,
  LSoftmaxHead,
  ModifiedSoftmaxHead,
  NormFaceHead,
  SoftmaxHead,
  type AnnealedMarginHeadOptions,
  type ArcFaceHeadOptions,
  type ClassificationHead,
  type CosineMarginHeadOptions,
  type HeadOptions,
  type NormFaceHeadOptions,
  type SoftmaxHeadOptions,
} from "losslab";
import { checkObject, checkOneOf, checkOptions } from "losslab/internal";

/** A head by its class and constructor options. */
export type HeadSpec =
  | { kind: "softmax"; options: SoftmaxHeadOptions }
  | { kind: "modifiedSoftmax"; options: HeadOptions }
  | { kind: "lSoftmax"; options: AnnealedMarginHeadOptions }
  | { kind: "aSoftmax"; options: AnnealedMarginHeadOptions }
  | { kind: "cosFace"; options: CosineMarginHeadOptions }
  | { kind: "arcFace"; options: ArcFaceHeadOptions }
  | { kind: "normFace"; options: NormFaceHeadOptions };

const HEADS: Record<HeadSpec["kind"], new (options: never) => ClassificationHead> = {
  softmax: SoftmaxHead,
  modifiedSoftmax: ModifiedSoftmaxHead,
  lSoftmax: LSoftmaxHead,
  aSoftmax: ASoftmaxHead,
  cosFace: CosFaceHead,
  arcFace: ArcFaceHead,
  normFace: NormFaceHead,
};

/** The kinds a `HeadSpec` may name. */
export const HEAD_KINDS = Object.freeze(Object.keys(HEADS) as HeadSpec["kind"][]);

/** Checks a head's description; `at` names it in the error ("spec.head", "runs[2].head"). */
export function checkHeadSpec(fn: string, spec: HeadSpec, at: string): void {
  checkObject(fn, spec, at, "a head { kind, options }");
  checkOptions(fn, spec, ["kind", "options"]);
  checkOneOf(fn, `${at}.kind`, spec.kind, HEAD_KINDS);
  checkObject(fn, spec.options, `${at}.options`, "the head's constructor options");
}

/** The class each kind names. */
export interface HeadOfKind {
  softmax: SoftmaxHead;
  modifiedSoftmax: ModifiedSoftmaxHead;
  lSoftmax: LSoftmaxHead;
  aSoftmax: ASoftmaxHead;
  cosFace: CosFaceHead;
  arcFace: ArcFaceHead;
  normFace: NormFaceHead;
}

/** A fresh head of the class `spec.kind` names, built with `spec.options` (which its constructor checks). */
export function buildHead<S extends HeadSpec>(spec: S): HeadOfKind[S["kind"]] {
  checkHeadSpec("buildHead", spec, "spec");
  return new HEADS[spec.kind](spec.options as never) as HeadOfKind[S["kind"]];
}
