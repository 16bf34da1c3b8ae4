// Jest set-up: every suite runs on the TensorFlow.js backend named by LOSSLAB_TEST_BACKEND
// (tensorflow, wasm or cpu; scripts/test.sh runs the library's suites once per available backend).
// Without it, the fastest available backend, as the library itself picks. Synchronous backends
// (tensorflow, cpu) are active before a test file's module body runs; wasm initialises
// asynchronously, so tests/setup_after_env.ts switches to it before the first test.
import * as tf from "@tensorflow/tfjs";
import { testBackend } from "./backends";

const name = testBackend();
// IS_TEST silences tfjs's "install tfjs-node" banner; on wasm it also turns on the engine's
// per-kernel leak check, which fires on every tf.customGrad op there (a tfjs quirk, see FACTS.md),
// so tests/setup_after_env.ts turns it off once wasm is active.
tf.env().set("IS_TEST", true);
if (name === "tensorflow") require("@tensorflow/tfjs-node");
if (name === "wasm") require("@tensorflow/tfjs-backend-wasm");
// wasm starts asynchronously: until tests/setup_after_env.ts has awaited it, tensors a test file
// makes at module scope live on cpu, and the engine moves them to wasm when a wasm op reads them.
void tf.setBackend(name === "wasm" ? "cpu" : name);
