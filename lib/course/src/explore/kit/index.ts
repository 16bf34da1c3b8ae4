/**
 * The explorables' shared kit. Pure logic (no DOM, testable in jest on the cpu backend): `data`,
 * `metrics`, `driver`. In the browser: `backend`, `controls`, `canvas`, `hook`, `shell`.
 */
export * from "./data";
export * from "./metrics";
export * from "./driver";
export * from "./palette";
export * from "./backend";
export * from "./controls";
export * from "./canvas";
export * from "./hook";
export * from "./shell";
