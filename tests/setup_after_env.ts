// Waits for the test backend (wasm starts asynchronously) and fails loudly if it did not start.
import * as tf from "@tensorflow/tfjs";
import { testBackend } from "./backends";

beforeAll(async () => {
  const name = testBackend();
  if (tf.getBackend() !== name) await tf.setBackend(name);
  await tf.ready();
  if (tf.getBackend() !== name) throw new Error(`tests: backend '${name}' did not start (got '${tf.getBackend()}')`);
  if (name === "wasm") tf.env().set("IS_TEST", false);
});
