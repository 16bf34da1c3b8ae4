export * from "./safe_sqrt";
export * from "./distance";
export * from "./pairwise";
export * from "./measures";
export * from "./snr_distance";
