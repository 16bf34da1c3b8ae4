/** pytorch-metric-learning's losses over embeddings and labels (lib/losslab/COMING_FROM_PYTORCH.md maps each to its pml class). */
export * from "./losses";
export * from "./cross_batch_memory";
export * from "./multiple_losses";
export * from "./self_supervised_loss";
