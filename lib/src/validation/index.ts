export * from "./errors";
export * from "./checks";
export * from "./angular_checks";
export * from "./tensor_checks";
