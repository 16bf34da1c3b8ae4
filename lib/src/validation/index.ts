export * from "./errors";
export * from "./checks";
export * from "./angular_checks";
