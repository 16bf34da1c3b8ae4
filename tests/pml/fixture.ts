// The reference values of pytorch-metric-learning (tests/fixtures/pml/pml_reference.json, written by
// scripts/fixtures/pml_reference.py) and the measures, reducers and losses its cases name.
import * as fs from "fs";
import * as path from "path";
import {
  AngularLoss,
  ArcFaceLoss,
  AvgNonZeroReducer,
  CircleLoss,
  ContrastiveLoss,
  CosFaceLoss,
  CosineSimilarity,
  DotProductSimilarity,
  FastAPLoss,
  GeneralizedLiftedStructureLoss,
  HistogramLoss,
  InstanceLoss,
  IntraPairVarianceLoss,
  LargeMarginSoftmaxLoss,
  LiftedStructureLoss,
  LpDistance,
  MarginLoss,
  MeanReducer,
  MultiSimilarityLoss,
  NCALoss,
  NPairsLoss,
  NTXentLoss,
  ProxyAnchorLoss,
  SignalToNoiseRatioContrastiveLoss,
  SmoothAPLoss,
  SNRDistance,
  SphereFaceLoss,
  SubCenterArcFaceLoss,
  SumReducer,
  SupConLoss,
  tf,
  TripletMarginLoss,
  TupletMarginLoss,
  type DistanceMeasure,
  type MetricLossFunction,
} from "losslab";

export interface DistanceSpec {
  kind: "lp" | "cosine" | "dot" | "snr";
  normalizeEmbeddings?: boolean;
  power?: number;
}

export interface LossCase {
  name: string;
  embeddings: number[][];
  labels: number[];
  loss: number;
  gradEmbeddings: number[][];
  options: Record<string, unknown>;
  indicesTuple?: number[][];
  proxies?: { value: number[][]; grad: number[][] };
  W?: { value: number[][]; grad: number[][] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
/** The losses the pml fixtures name, by pml's class name: one table for every test file that builds them. */
export const PML_LOSSES: Record<string, (o: never) => MetricLossFunction> = {
  AngularLoss: (o) => new AngularLoss(o),
  ArcFaceLoss: (o) => new ArcFaceLoss(o),
  CircleLoss: (o) => new CircleLoss(o),
  ContrastiveLoss: (o) => new ContrastiveLoss(o),
  CosFaceLoss: (o) => new CosFaceLoss(o),
  FastAPLoss: (o) => new FastAPLoss(o),
  GeneralizedLiftedStructureLoss: (o) => new GeneralizedLiftedStructureLoss(o),
  HistogramLoss: (o) => new HistogramLoss(o),
  InstanceLoss: (o) => new InstanceLoss(o),
  IntraPairVarianceLoss: (o) => new IntraPairVarianceLoss(o),
  LargeMarginSoftmaxLoss: (o) => new LargeMarginSoftmaxLoss(o),
  LiftedStructureLoss: (o) => new LiftedStructureLoss(o),
  MarginLoss: (o) => new MarginLoss(o),
  MultiSimilarityLoss: (o) => new MultiSimilarityLoss(o),
  NCALoss: (o) => new NCALoss(o),
  NPairsLoss: (o) => new NPairsLoss(o),
  NTXentLoss: (o) => new NTXentLoss(o),
  ProxyAnchorLoss: (o) => new ProxyAnchorLoss(o),
  SignalToNoiseRatioContrastiveLoss: (o) => new SignalToNoiseRatioContrastiveLoss(o),
  SmoothAPLoss: (o) => new SmoothAPLoss(o),
  SphereFaceLoss: (o) => new SphereFaceLoss(o),
  SubCenterArcFaceLoss: (o) => new SubCenterArcFaceLoss(o),
  SupConLoss: (o) => new SupConLoss(o),
  TripletMarginLoss: (o) => new TripletMarginLoss(o),
  TupletMarginLoss: (o) => new TupletMarginLoss(o),
};

/** A gradient's scale: its largest entry, at least 1e-2 (a gradient that cancels to 0 in float64 keeps the ~1e-8
 * rounding of float32 terms of size ~1). */
export const largest = (xs: number[]): number => Math.max(1e-2, ...xs.map(Math.abs));

export const pml: any = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pml", "pml_reference.json"), "utf8"));

export function measureOf(spec: DistanceSpec): DistanceMeasure {
  if (spec.kind === "cosine") return new CosineSimilarity();
  const normalizeEmbeddings = spec.normalizeEmbeddings ?? true;
  if (spec.kind === "dot") return new DotProductSimilarity({ normalizeEmbeddings });
  if (spec.kind === "snr") return new SNRDistance({ normalizeEmbeddings });
  return new LpDistance({ normalizeEmbeddings, power: spec.power ?? 1 });
}

const REDUCERS = { mean: () => new MeanReducer(), sum: () => new SumReducer(), avgNonZero: () => new AvgNonZeroReducer() };

/** A fixture's loss options with its distance spec and reducer name made into the objects they name (a reducer object passes as it is). */
export function optionObjects(options: Record<string, unknown>): Record<string, unknown> {
  const { distance, reducer, ...rest } = options as { distance?: DistanceSpec; reducer?: keyof typeof REDUCERS };
  return { ...rest, ...(distance === undefined ? {} : { distance: measureOf(distance) }), ...(reducer === undefined ? {} : { reducer: typeof reducer === "string" ? REDUCERS[reducer]() : reducer }) };
}

/** The losslab loss a fixture case names, with its options translated (distance and reducer as objects). */
export function lossOf(c: LossCase): MetricLossFunction {
  const { distance, reducer, ...rest } = c.options as { distance?: DistanceSpec; reducer?: keyof typeof REDUCERS };
  const options: Record<string, unknown> = { ...rest };
  if (distance !== undefined) options.distance = measureOf(distance);
  if (reducer !== undefined) options.reducer = REDUCERS[reducer]();
  if (c.proxies !== undefined) options.proxies = c.proxies.value;
  if (c.W !== undefined) options.weights = c.W.value;
  const kind = c.name.split(" ")[0];
  // the fixtures are pml 2.9.0's: its TripletMarginLoss default margin was 0.05 (losslab follows pml 3's 0.2),
  // and its SubCenterArcFaceLoss margin is in degrees (losslab's `margin` is in radians, as pml 3's)
  if (kind === "triplet" && options.margin === undefined) options.margin = 0.05;
  if (kind === "subCenterArcFace") {
    options.marginDegrees = options.margin ?? 28.6;
    delete options.margin;
  }
  const make: Record<string, (o: never) => MetricLossFunction> = {
    contrastive: (o) => new ContrastiveLoss(o),
    triplet: (o) => new TripletMarginLoss(o),
    multiSimilarity: (o) => new MultiSimilarityLoss(o),
    circle: (o) => new CircleLoss(o),
    ntxent: (o) => new NTXentLoss(o),
    supcon: (o) => new SupConLoss(o),
    proxyAnchor: (o) => new ProxyAnchorLoss(o),
    subCenterArcFace: (o) => new SubCenterArcFaceLoss(o),
  };
  return make[kind](options as never);
}

/** A fixture's indices tuple: 4 lists are pairs { a1, p, a2, n }, 3 are triplets { a, p, n }. */
export function tupleOf(lists: number[][] | undefined) {
  if (lists === undefined) return undefined;
  return lists.length === 4 ? { a1: lists[0], p: lists[1], a2: lists[2], n: lists[3] } : { a: lists[0], p: lists[1], n: lists[2] };
}

/** `call` throws `type` with a message matching `message`, and leaves at most `allowed` new tensors. */
export function expectRefused(call: () => unknown, type: unknown, message: RegExp, allowed = 0): void {
  const before = tf.memory().numTensors;
  expect(call).toThrow(type as never);
  expect(call).toThrow(message);
  expect(tf.memory().numTensors - before).toBeLessThanOrEqual(allowed);
}
