"""The reference model of `npm run bench` in PyTorch, for the speed ratio: the same MLP
(784-256-128-2, ReLU), the same heads (softmax: a linear layer with bias; ArcFace: s=16, m=0.3 on
normalised features and weights), Adam(1e-3), batch 128, on random inputs of MNIST's shape (speed
does not depend on the pixel values). Optional: run only where torch is installed.

Conv-4 (`--model conv4`): the embedding network of the Omniglot experiment, 4 x [conv 3x3 64 with bias,
batch norm, ReLU, max-pool 2] on 28x28x1 images, then a 292-way linear softmax layer, Adam(1e-3), batch 64
(the step `npm run bench` times for lib/losslab's conv4 in tf.layers `trainOnBatch`).

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


def conv4(classes):
    """4 x [conv 3x3 64 (bias), batch norm, ReLU, max-pool 2] on 28x28x1 (28 -> 14 -> 7 -> 3 -> 1), then logits."""
    layers = []
    for i in range(4):
        layers += [torch.nn.Conv2d(1 if i == 0 else 64, 64, 3, padding=1), torch.nn.BatchNorm2d(64), torch.nn.ReLU(),
                   torch.nn.MaxPool2d(2)]
    return torch.nn.Sequential(*layers, torch.nn.Flatten(), torch.nn.Linear(64, classes))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--head", default="softmax")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--steps", type=int, default=100)
    p.add_argument("--batch", type=int, default=None, help="default 128 (mlp), 64 (conv4)")
    p.add_argument("--model", choices=["mlp", "conv4"], default="mlp")
    p.add_argument("--classes", type=int, default=292, help="conv4 only")
    p.add_argument("--serve", action="store_true")
    a = p.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(a.threads)
    if a.model == "conv4":
        a.batch = a.batch or 64
        net = conv4(a.classes)
        head = torch.nn.Identity()  # the logits come out of the network
        xs = [torch.rand(a.batch, 1, 28, 28) for _ in range(20)]
        ys = [torch.randint(0, a.classes, (a.batch,)) for _ in range(20)]
    else:
        a.batch = a.batch or 128
        net = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 128),
                                  torch.nn.ReLU(), torch.nn.Linear(128, 2))
        head = torch.nn.Linear(2, 10) if a.head == "softmax" else ArcFace(2, 10)
        xs = [torch.rand(a.batch, 784) for _ in range(20)]
        ys = [torch.randint(0, 10, (a.batch,)) for _ in range(20)]
    params = list(net.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=1e-3)

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
        print(json.dumps({"ready": True, "torch": torch.__version__, "threads": torch.get_num_threads(),
                          "interopThreads": torch.get_num_interop_threads()}), flush=True)
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
    print(json.dumps({"model": a.model, "head": a.head, "threads": a.threads, "steps": a.steps, "batchSize": a.batch,
                      "msPerStep": seconds * 1000 / a.steps, "medianMsPerStep": statistics.median(times) * 1000,
                      "samplesPerSecond": a.steps * a.batch / seconds, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
