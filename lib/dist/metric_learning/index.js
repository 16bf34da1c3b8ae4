"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Lesson 04's experiments and checks on metric learning: the metric axioms tested on points, the
 * traditional pipeline's hand-made features, training an embedding with the naive, contrastive or triplet
 * loss (and a miner) while recording what the notes' mining procedure sees, comparing miners, pair
 * verification with a threshold fitted on training pairs, and the contrastive loss's conventions.
 */
__exportStar(require("./axioms"), exports);
__exportStar(require("./hand_features"), exports);
__exportStar(require("./verify"), exports);
__exportStar(require("./seeded_runs"), exports);
__exportStar(require("./train_embedding"), exports);
__exportStar(require("./compare_miners"), exports);
__exportStar(require("./conventions"), exports);
__exportStar(require("./losses"), exports);
//# sourceMappingURL=index.js.map