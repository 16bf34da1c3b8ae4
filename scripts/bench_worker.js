// One measurement in a fresh process (FACTS.md: time in a fresh process): prints one JSON line.
// Usage: node scripts/bench_worker.js BACKEND HEAD STEPS [MEMORY_EVERY]
const ll = require("losslab");

(async () => {
  const [backend, head, steps, memoryEvery] = process.argv.slice(2);
  const choice = await ll.selectBackend(backend);
  const mnist = ll.loadMnist();
  const result = ll.benchmarkTraining({
    head,
    images: mnist.images,
    labels: mnist.labels,
    steps: Number(steps),
    memoryEvery: memoryEvery ? Number(memoryEvery) : undefined,
  });
  console.log(JSON.stringify({ ...result, backendDescription: choice.description }));
})().catch((e) => {
  console.log(JSON.stringify({ error: String(e && e.message ? e.message : e) }));
  process.exit(1);
});
