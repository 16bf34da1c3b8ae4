import { tf, ValueError } from "losslab";
import { selectBackend } from "losslab-course";
import { testBackend } from "../backends";

describe("selectBackend", () => {
  afterAll(async () => {
    await tf.setBackend(testBackend());
  });

  it("runs this suite on the backend the test matrix asked for", () => {
    expect(tf.getBackend()).toBe(testBackend());
  });

  it("picks the fastest backend available and says which, and why not a faster one", async () => {
    const choice = await selectBackend();
    expect(["tensorflow", "wasm"]).toContain(choice.name);
    expect(tf.getBackend()).toBe(choice.name);
    expect(choice.description).toContain(`backend '${choice.name}'`);
    if (choice.name === "wasm") {
      expect(choice.skipped.map((s) => s.name)).toEqual(["tensorflow"]);
      expect(choice.description).toMatch(/SIMD (on|off)/);
    }
    // the backend computes
    expect(tf.add(1, 2).dataSync()[0]).toBe(3);
  });

  it("prefers the native backend whenever tfjs-node loads, and says why when it does not", async () => {
    let loads = true;
    try {
      require("@tensorflow/tfjs-node");
    } catch {
      loads = false;
    }
    // CI (LOSSLAB_REQUIRE_NATIVE=1) runs where the set-up must have built it
    if (process.env.LOSSLAB_REQUIRE_NATIVE === "1") expect(loads).toBe(true);
    const choice = await selectBackend();
    if (loads) {
      expect(choice.name).toBe("tensorflow");
      expect(choice.skipped).toEqual([]);
      expect(choice.description).toContain("native libtensorflow");
    } else {
      expect(choice.skipped[0].name).toBe("tensorflow");
      expect(choice.description).toContain(`tensorflow: ${choice.skipped[0].reason}`);
    }
  });

  it("honours an explicit choice and rejects an unknown one", async () => {
    expect((await selectBackend("cpu")).name).toBe("cpu");
    await expect(selectBackend("gpu" as never)).rejects.toThrow(ValueError);
    await expect(selectBackend("gpu" as never)).rejects.toThrow("argument 'preferred' must be one of 'tensorflow', 'wasm', 'cpu'");
  });
});
