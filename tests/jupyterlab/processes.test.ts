// The clean-up check of the JupyterLab test is only as good as its process listing: it must see a
// child and a grandchild we start, and see them gone once they are killed.
import { spawn } from "child_process";
import { descendants, stillRunning } from "./processes";

describe("descendants and stillRunning (from /proc)", () => {
  it("find a child and a grandchild, and report them gone once killed", async () => {
    // a shell (child) that starts a sleep (grandchild) and waits for it
    const shell = spawn("sh", ["-c", "sleep 60 & wait"], { stdio: "ignore" });
    let found: ReturnType<typeof descendants> = [];
    for (let i = 0; i < 40 && !found.some((p) => p.command.startsWith("sleep 60")); i++) {
      await new Promise((r) => setTimeout(r, 50));
      found = descendants(process.pid);
    }
    const mine = found.filter((p) => p.pid === shell.pid || p.command.startsWith("sleep 60"));
    expect(mine.map((p) => p.command.split(" ")[0]).sort()).toEqual(["sh", "sleep"]);
    expect(stillRunning(mine)).toHaveLength(2);
    const sleeper = mine.find((p) => p.command.startsWith("sleep"))!;
    process.kill(sleeper.pid, "SIGKILL");
    await new Promise((r) => shell.once("exit", r));
    expect(stillRunning(mine)).toEqual([]);
  });
});
