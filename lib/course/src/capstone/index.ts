/**
 * Lesson 09's capstone: every classifier and embedding loss of the course trained on the same network
 * with the same budget, measured on the closed set (held-out trained digits) and the open set (pairs of
 * unseen digits), with the results table and a conclusion computed from it.
 */
export * from "./run_capstone";
export * from "./centroids";
export * from "./report";
export * from "./seeds";
