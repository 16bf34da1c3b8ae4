"""The reference model of `npm run bench` in PyTorch, for the speed ratio: the same MLP
(784-256-128-2, ReLU), the same heads (softmax: a linear layer with bias; ArcFace: s=16, m=0.3 on
normalised features and weights), Adam(1e-3), batch 128, on random inputs of MNIST's shape (speed
does not depend on the pixel values). Optional: run only where torch is installed.

Usage: python bench_torch.py --head softmax|arcface --threads N --steps S   -> one JSON line
(mean and median time of a step, as `npm run bench` reports them for TensorFlow.js)
       python bench_torch.py --head H --threads N --serve
prints {"ready": true}, then for each line "K" on standard input trains K steps and prints
{"ms": [...]}; "quit" ends it. scripts/bench.js drives it round-robin with the TensorFlow.js
backends (scripts/bench_worker.js --serve), so all are timed side by side in one run.
"""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn.functional as F


class ArcFace(torch.nn.Module):
    def __init__(self, d, classes, s=16.0, m=0.3):
        super().__init__()
        self.w = torch.nn.Parameter(torch.randn(d, classes) * math.sqrt(2.0 / (d + classes)))
        self.s, self.m = s, m

    def forward(self, x, y):
        cos = F.normalize(x, dim=1) @ F.normalize(self.w, dim=0)
        theta = torch.acos(cos.clamp(-1 + 1e-6, 1 - 1e-6))
        target = torch.where(theta + self.m < math.pi, torch.cos(theta + self.m), cos - self.m * math.sin(self.m))
        onehot = F.one_hot(y, cos.shape[1]).bool()
        return self.s * torch.where(onehot, target, cos)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--head", default="softmax")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--steps", type=int, default=100)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--serve", action="store_true")
    a = p.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(a.threads)
    net = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 128), torch.nn.ReLU(),
                              torch.nn.Linear(128, 2))
    head = torch.nn.Linear(2, 10) if a.head == "softmax" else ArcFace(2, 10)
    params = list(net.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=1e-3)
    xs = [torch.rand(a.batch, 784) for _ in range(20)]
    ys = [torch.randint(0, 10, (a.batch,)) for _ in range(20)]

    def step(i):
        x, y = xs[i % 20], ys[i % 20]
        f = net(x)
        logits = head(f) if a.head == "softmax" else head(f, y)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    for i in range(5):
        step(i)
    if a.serve:
        import sys
        print(json.dumps({"ready": True, "torch": torch.__version__}), flush=True)
        done = 5
        for line in sys.stdin:
            if line.strip() == "quit":
                return
            ms = []
            for _ in range(int(line)):
                t0 = time.perf_counter()
                step(done)
                done += 1
                ms.append((time.perf_counter() - t0) * 1000)
            print(json.dumps({"ms": ms}), flush=True)
        return
    times = []
    start = time.perf_counter()
    for i in range(a.steps):
        t0 = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - t0)
    seconds = time.perf_counter() - start
    print(json.dumps({"head": a.head, "threads": a.threads, "steps": a.steps, "batchSize": a.batch,
                      "msPerStep": seconds * 1000 / a.steps, "medianMsPerStep": statistics.median(times) * 1000,
                      "samplesPerSecond": a.steps * a.batch / seconds, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
