export * from "./paths";
export * from "./anscombe";
export * from "./mnist";
export * from "./fashion_mnist";
export { DataFileError } from "./archive";
export { areaWeights, areaDownsample, type AreaWeights } from "./area_downsample";
export { OMNIGLOT_SIDES, OMNIGLOT_SOURCE_SIDE, omniglotPlaces, clearOmniglotMemory, type OmniglotArchive, type OmniglotSide } from "./omniglot_archives";
export { loadOmniglot, selectOmniglotRows, OMNIGLOT_BACKGROUND_ARCHIVES, type OmniglotSet, type OmniglotLoad, type LoadOmniglotOptions } from "./omniglot";
export { loadOneShotRuns, inkPoints, OMNIGLOT_RUNS_ARCHIVE, type OneShotRuns, type OneShotRun, type OneShotImages, type LoadOneShotRunsOptions } from "./omniglot_runs";
