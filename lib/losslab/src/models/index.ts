export * from "./dense";
export * from "./gather_rows";
export * from "./embedding_net";
export * from "./train";
export * from "./conv4";
