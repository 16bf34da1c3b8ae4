/**
 * Looking at trained features (lessons 05–09): projection onto the unit circle or sphere, the angle
 * between two vectors, intra- and inter-class angle statistics, positive and negative pair angles,
 * and histograms. Plain float64 numbers, no tensors.
 */
export { vectorNorm, unitVector, vectorAngle, projectToUnit, rowNorms } from "./vectors";
export { angleStatistics, type AngleStatistics, type AngleStatisticsOptions, type ClassAngles } from "./angle_statistics";
export { pairAngles, type PairAngles, type PairAnglesOptions } from "./pair_angles";
export { histogram, quantile, type Histogram, type HistogramOptions } from "./histogram";
export { rateStandardError } from "./standard_error";
export { summarize, formatMeasurement, compareMeasurements, tQuantile975, type Measurement, type FormatMeasurementOptions,
         type CompareOptions, type Comparison, type Verdict } from "./compare";
export { pairedComparison, pairedSentence, pairedRow, meanInterval, formatMeanInterval, type MeanInterval, studentTCdf, studentTQuantile, type PairedComparison, type PairedOptions,
         type PairedSentenceOptions, type PairedRowOptions } from "./paired";
export { pairedTable, pairedSummary, type PairedMeasure } from "./paired_table";
