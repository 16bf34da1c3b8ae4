import { selectBackend, tf, ValueError } from "losslab";
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

  it("honours an explicit choice and rejects an unknown one", async () => {
    expect((await selectBackend("cpu")).name).toBe("cpu");
    await expect(selectBackend("gpu" as never)).rejects.toThrow(ValueError);
    await expect(selectBackend("gpu" as never)).rejects.toThrow("argument 'preferred' must be one of 'tensorflow', 'wasm', 'cpu'");
  });
});
