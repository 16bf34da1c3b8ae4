// One process of a side-by-side benchmark (scripts/bench.js, scripts/bench_mining.js): started once,
// it prints a JSON line when ready, then answers each request line with one JSON line. Driving several
// in turn, a block of steps each, makes a burst of load from elsewhere fall on all of them alike.
const { spawn } = require("child_process");
const readline = require("readline");
const path = require("path");

const root = path.resolve(__dirname, "..");

class Contestant {
  // env: variables added to this process's environment (e.g. TensorFlow's thread settings)
  constructor(label, backend, head, cmd, argv, block, env = {}) {
    Object.assign(this, { label, backend, head, block, env, ms: [], error: null, ready: null });
    this.proc = spawn(cmd, argv, { cwd: root, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    this.lines = readline.createInterface({ input: this.proc.stdout });
    // replies in order: each JSON line resolves the oldest pending next(), or waits for one
    this.waiting = [];
    this.replies = [];
    this.stderr = "";
    this.proc.stderr.on("data", (d) => (this.stderr += d));
    const deliver = (reply) => (this.waiting.length ? this.waiting.shift()(reply) : this.replies.push(reply));
    this.lines.on("line", (line) => line.startsWith("{") && deliver(JSON.parse(line)));
    this.proc.on("exit", () => {
      this.exited = { error: this.stderr.trim().split("\n").pop() || "exited" };
      this.waiting.splice(0).forEach((w) => w(this.exited));
    });
  }
  next() {
    if (this.replies.length) return Promise.resolve(this.replies.shift());
    if (this.exited) return Promise.resolve(this.exited);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  async request(line) {
    const reply = this.next();
    this.proc.stdin.write(line + "\n");
    return reply;
  }
  quit() {
    this.proc.stdin.end("quit\n");
  }
}

module.exports = { Contestant };
