/**
 * Evaluation protocols of an embedding (Omniglot's, and any labelled set's): each takes embeddings and
 * labels (or, for Lake et al.'s one-shot runs, a cost or score between images) and a similarity, never a
 * model or a loss, and returns plain data.
 */
export { SIMILARITIES, toEmbeddingRows, type Similarity, type EmbeddingBlock, type EmbeddingsInput, type EmbeddingRows } from "./embeddings";
export { modifiedHausdorffDistance, type PointSet } from "./modified_hausdorff";
export { oneShotRunsError, modifiedHausdorffOneShotError, oneShotEmbeddingError, type OneShotItem, type OneShotRunsErrorOptions,
         type OneShotRunResult, type OneShotRunsResult, type OneShotEmbeddingErrorOptions } from "./one_shot_runs";
export { sampleEpisodes, episodeAccuracy, MAX_EPISODES, type Episode, type SampleEpisodesOptions, type EpisodeAccuracyOptions,
         type EpisodeAccuracy } from "./episodes";
export { sampleVerificationPairs, verificationProtocol, MAX_VERIFICATION_PAIRS, type VerificationPairs, type SampleVerificationPairsOptions,
         type VerificationOptions, type VerificationResult } from "./verification";
export { retrievalProtocol, type RetrievalProtocolOptions, type RetrievalProtocolResult } from "./retrieval";
export { closedSetAccuracy, type ClosedSetAccuracyOptions, type ClosedSetAccuracy } from "./closed_set";
export { classAngles, type ClassAngleOptions, type ClassAngleResult } from "./angles";
export { rawPixelEmbeddings } from "./raw_pixels";
