/** Saving and reloading a layers model in the tests, on every backend. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { tf } from "losslab";
import { testBackend } from "../backends";

/**
 * Runs f with the typed-array classes of Node's own realm. Jest evaluates tfjs in a context of its
 * own, so the weights tfjs-node hands back are not `instanceof` that context's Float32Array, and
 * tfjs-core's weight encoder refuses them ("Unsupported TypedArray subtype"); outside jest they are.
 */
export async function withNodeTypedArrays<T>(f: () => Promise<T>): Promise<T> {
  const names = ["Float32Array", "Int32Array"] as const;
  const own = names.map((n) => globalThis[n]);
  names.forEach((n) => Object.assign(globalThis, { [n]: vm.runInThisContext(n) }));
  try {
    return await f();
  } finally {
    names.forEach((n, i) => Object.assign(globalThis, { [n]: own[i] }));
  }
}

/** Saves and reloads a model: file:// on the native backend (tfjs-node's handler), in memory elsewhere. */
export async function roundTrip(model: tf.LayersModel): Promise<tf.LayersModel> {
  if (testBackend() === "tensorflow") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "losslab-layers-"));
    try {
      await withNodeTypedArrays(() => model.save(`file://${dir}`));
      expect(fs.existsSync(path.join(dir, "model.json"))).toBe(true);
      return await tf.loadLayersModel(`file://${dir}/model.json`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
  }));
  return tf.loadLayersModel(tf.io.fromMemory(saved!));
}


/** A model's saved artifacts, in memory, on every backend (tfjs-node's weights through withNodeTypedArrays). */
export async function savedArtifacts(model: tf.LayersModel): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  const save = () =>
    model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        saved = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
      }),
    );
  await (testBackend() === "tensorflow" ? withNodeTypedArrays(save) : save());
  return saved!;
}
