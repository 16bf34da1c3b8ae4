// One measurement in a fresh process (FACTS.md: time in a fresh process): prints one JSON line.
// Usage: node scripts/bench_worker.js BACKEND HEAD STEPS [MEMORY_EVERY]
//        node scripts/bench_worker.js BACKEND --heads STEPS    (every head side by side: benchmarkHeads)
//        node scripts/bench_worker.js BACKEND --profile HEAD  (kernels of a step: profileTrainingStep)
const ll = require("losslab");

(async () => {
  const [backend, head, steps, memoryEvery] = process.argv.slice(2);
  const choice = await ll.selectBackend(backend);
  const mnist = ll.loadMnist();
  const result =
    head === "--heads"
      ? { heads: ll.benchmarkHeads({ images: mnist.images, labels: mnist.labels, steps: Number(steps) }), backend: choice.name }
      : head === "--profile"
      ? await ll.profileTrainingStep({ head: steps, images: mnist.images, labels: mnist.labels })
      : ll.benchmarkTraining({
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
