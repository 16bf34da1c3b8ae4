// Jest set-up: TensorFlow.js on its plain-JS backend (deterministic, no wasm start-up per file),
// with its "install tfjs-node" banner silenced (IS_TEST).
import * as tf from "@tensorflow/tfjs";

tf.env().set("IS_TEST", true);
void tf.setBackend("cpu");
