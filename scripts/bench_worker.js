// One measurement in a fresh process (FACTS.md: time in a fresh process): prints one JSON line.
// Usage: node scripts/bench_worker.js BACKEND HEAD STEPS [MEMORY_EVERY]
//        node scripts/bench_worker.js BACKEND --heads STEPS [FORMS]  (every head side by side: benchmarkHeads;
//                                                                  FORMS: margin-loss formulations, e.g. tensor,host)
//        node scripts/bench_worker.js BACKEND --formulations STEPS  (benchmarkFormulations)
//        node scripts/bench_worker.js BACKEND --profile HEAD        (kernels of a step: profileTrainingStep)
//        node scripts/bench_worker.js BACKEND --serve HEAD          (steps on demand, see below)
//        node scripts/bench_worker.js BACKEND --serve-conv4         (the same for the Conv-4 step: conv4Run)
//        node scripts/bench_worker.js BACKEND --profile-conv4       (kernels of a Conv-4 step: profileConv4Step)
// --serve: builds the reference model, warms it up, prints {"ready":true}, then for each line "K" on
// standard input trains K steps and prints {"ms":[...]} (one time a step); "quit" prints the tensor
// count and the last loss and exits. scripts/bench.js drives several of these round-robin, so the
// backends (and PyTorch, python/reference/bench_torch.py --serve) are timed side by side.
const fs = require("fs");
const readline = require("readline");
// threads of this process (Linux): counted before TensorFlow.js loads and once the backend has run
// steps, so the ready line says how many threads the backend's libraries started
const threadCount = () => (fs.existsSync("/proc/self/task") ? fs.readdirSync("/proc/self/task").length : null);
const threadsAtStart = threadCount();
const ll = { ...require("losslab"), ...require("losslab-course") };

async function serve(head) {
  let run;
  if (head === "conv4") run = ll.conv4Run();
  else {
    const mnist = ll.loadMnist();
    run = ll.referenceRun("bench", head, mnist.images, mnist.labels, 128);
  }
  for (let i = 0; i < 5; i++) run.step(i);
  run.sync();
  let step = 5;
  console.log(JSON.stringify({ ready: true, threadsAtStart, threads: threadCount() }));
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line.trim() === "quit") {
      console.log(JSON.stringify({ numTensors: ll.tf.memory().numTensors, loss: run.loss() }));
      run.dispose();
      process.exit(0); // tfjs-node's thread pool would keep an idle process alive

    }
    const ms = [];
    for (let k = Number(line); k > 0; k--) ms.push(ll.timeMs(() => run.step(step++)));
    run.sync();
    console.log(JSON.stringify({ ms }));
  }
}

(async () => {
  const [backend, head, steps, memoryEvery] = process.argv.slice(2);
  const choice = await ll.selectBackend(backend);
  if (head === "--serve") return serve(steps);
  if (head === "--serve-conv4") return serve("conv4");
  if (head === "--profile-conv4") return console.log(JSON.stringify(await ll.profileConv4Step()));
  const mnist = ll.loadMnist();
  const data = { images: mnist.images, labels: mnist.labels };
  const result =
    head === "--heads"
      ? { heads: await ll.benchmarkHeads({ ...data, steps: Number(steps), ...(memoryEvery ? { marginLoss: memoryEvery.split(",") } : {}) }), backend: choice.name }
      : head === "--formulations"
      ? { formulations: await ll.benchmarkFormulations({ ...data, steps: Number(steps) }), backend: choice.name }
      : head === "--profile"
      ? await ll.profileTrainingStep({ head: steps, ...data })
      : ll.benchmarkTraining({ head, ...data, steps: Number(steps), memoryEvery: memoryEvery ? Number(memoryEvery) : undefined });
  console.log(JSON.stringify({ ...result, backendDescription: choice.description }));
})().catch((e) => {
  console.log(JSON.stringify({ error: String(e && e.message ? e.message : e) }));
  process.exit(1);
});
