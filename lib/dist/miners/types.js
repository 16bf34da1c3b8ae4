"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_DRAWS = exports.DEFAULT_TRIPLET_MARGIN = void 0;
/**
 * Default triplet margin α = 0.2, FaceNet's (Schroff et al. 2015, on unit-length embeddings with
 * squared distances). The notes leave α open.
 */
exports.DEFAULT_TRIPLET_MARGIN = 0.2;
/**
 * The most pairs or triplets a sampler draws in one call (`samplePairs`, `mineRandomTriplets`): ten
 * million, some 100–300 MB of indices. A larger count is refused rather than exhausting the heap.
 */
exports.MAX_DRAWS = 10000000;
//# sourceMappingURL=types.js.map