import { tf } from "losslab";

/**
 * Turns the engine's IS_TEST leak check (tests/setup.ts) off for a test file: tfjs-layers' dense layer
 * runs fusedMatMul, whose native kernel keeps a tensor that the check flags. The tests count tensors
 * themselves where it matters.
 */
export function withoutEngineLeakCheck(): void {
  let leakCheck: boolean;
  beforeAll(() => {
    leakCheck = tf.env().getBool("IS_TEST");
    tf.env().set("IS_TEST", false);
  });
  afterAll(() => tf.env().set("IS_TEST", leakCheck));
}
