"""pml's AccuracyCalculator on the embeddings scripts/bench_retrieval.js wrote: time and peak memory.

Run by scripts/bench_retrieval.js with /work/torchvenv/bin/python (or PYTHON): argv = the raw float32
embeddings file, the int32 labels file, n, d, the query batch size of CustomKNN. Prints one JSON line.
pml 2.9.0's default FaissKNN needs faiss, which is not installed here; CustomKNN(LpDistance(
normalize_embeddings=False), batch_size) is the same L2 search (FaissKNN's IndexFlatL2), batched.
"""
import json
import resource
import sys
import time

import numpy as np
import torch
import pytorch_metric_learning
from pytorch_metric_learning.distances import LpDistance
from pytorch_metric_learning.utils.accuracy_calculator import AccuracyCalculator
from pytorch_metric_learning.utils.inference import CustomKNN

path, labels_path, n, d, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
torch.set_num_threads(2)
emb = torch.from_numpy(np.fromfile(path, dtype=np.float32).reshape(n, d))
labels = torch.from_numpy(np.fromfile(labels_path, dtype=np.int32).astype(np.int64))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
calc = AccuracyCalculator(include=("precision_at_1", "r_precision", "mean_average_precision_at_r", "mean_reciprocal_rank"),
                          k="max_bin_count", knn_func=CustomKNN(LpDistance(normalize_embeddings=False), batch_size=batch),
                          device=torch.device("cpu"))
start = time.perf_counter()
out = calc.get_accuracy(emb, labels)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"version": pytorch_metric_learning.__version__, "torch": torch.__version__, "seconds": seconds,
                  "extraPeakMB": (after - before) / 1024, "metrics": out}))
