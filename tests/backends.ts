// Which TensorFlow.js backend the jest suites run on; shared by the set-up files and tests that
// switch backends and must switch back.
export type TestBackend = "tensorflow" | "wasm" | "cpu";
const NAMES: readonly TestBackend[] = ["tensorflow", "wasm", "cpu"];

function nativeAvailable(): boolean {
  try {
    require("@tensorflow/tfjs-node");
    return true;
  } catch {
    return false;
  }
}

/** LOSSLAB_TEST_BACKEND, or the fastest backend this machine has (tensorflow, else wasm). */
export function testBackend(): TestBackend {
  const env = process.env.LOSSLAB_TEST_BACKEND;
  if (env !== undefined && env !== "") {
    if (!(NAMES as readonly string[]).includes(env)) {
      throw new Error(`tests: LOSSLAB_TEST_BACKEND must be one of ${NAMES.join(", ")}, got '${env}'`);
    }
    return env as TestBackend;
  }
  return nativeAvailable() ? "tensorflow" : "wasm";
}
