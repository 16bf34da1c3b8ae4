export * from "./errors";
export * from "./checks";
export * from "./metric_checks";
export * from "./angular_checks";
export * from "./tensor_checks";
export * from "./options";
//# sourceMappingURL=index.d.ts.map