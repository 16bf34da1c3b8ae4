"""Reference values of losslab's losses, activations and gradients, computed by PyTorch in float64.

Writes tests/fixtures/torch_losses.json, which tests/losses/torch_losses.test.ts compares losslab
with (that test reads the JSON only and needs no torch). Every input is drawn from a fixed seed and
rounded to float32 first, so losslab (float32) and PyTorch (float64) see exactly the same numbers
and any difference is float32 arithmetic.

PyTorch is not a dependency of the project. Run this in a throwaway venv outside the repository:

    python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch==2.13.0
    /tmp/torchenv/bin/python python/reference/torch_losses.py

Each case names the losslab function, its options, the PyTorch expression it is checked against,
and holds the per-element values ("none"), "mean" and "sum", and the gradient of the "sum" with
respect to the predictions or logits by autograd (null where PyTorch's own gradient is not finite:
autograd of (1 - p_t) ** gamma with gamma < 1 at p_t = 1 gives NaN, losslab's closed form does not).
"""

import json
import pathlib
import sys

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "torch_losses.json"
SEED = 20240601

rng = np.random.default_rng(SEED)


def f32(a):
    """Rounded to float32, held as float64: the exact inputs losslab will see."""
    return np.asarray(a, dtype=np.float32).astype(np.float64)


def tensor(a, grad=False):
    return torch.tensor(f32(a), requires_grad=grad)


def listed(t):
    """A tensor as nested lists, None for any value that is not finite (JSON has no NaN)."""
    a = t.detach().numpy().astype(np.float64)
    if not np.all(np.isfinite(a)):
        return None
    return a.tolist()


cases = []


def add(name, fn, torch_expr, inputs, elements_of, options=None, grad_of="predictions"):
    """One case: `elements_of(**tensors)` returns PyTorch's per-element (or per-sample) losses."""
    tensors = {k: tensor(v, grad=(k == grad_of)) for k, v in inputs.items()}
    elements = elements_of(**tensors)
    total = elements.sum()
    total.backward()
    cases.append({
        "name": name,
        "fn": fn,
        "torch": torch_expr,
        "options": options or {},
        "inputs": {k: f32(v).tolist() for k, v in inputs.items()},
        "none": listed(elements),
        "mean": elements.mean().item(),
        "sum": total.item(),
        "gradOf": grad_of,
        "grad": listed(tensors[grad_of].grad),
    })


def add_activation(name, fn, torch_expr, logits, f):
    x = tensor(logits, grad=True)
    y = f(x)
    # gradient of Σ wᵢ·f(x)ᵢ with fixed weights wᵢ = 1 + i/10, so softmax's is not identically zero
    w = torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape) / 10 + 1
    (y * w).sum().backward()
    cases.append({
        "name": name,
        "fn": fn,
        "torch": torch_expr,
        "options": {},
        "inputs": {"logits": f32(logits).tolist()},
        "output": listed(y),
        "gradOf": "logits",
        "gradWeights": w.numpy().tolist(),
        "grad": listed(x.grad),
    })


# ---------------------------------------------------------------- inputs

N, C = 6, 5
reg_labels = rng.normal(0, 3, (N, C))
reg_preds = reg_labels + rng.normal(0, 2, (N, C))
# a residual of 1e6, tiny ones, and an exact zero
reg_extreme_labels = [0.0, 1e6, -3.0, 2.5, 7.0]
reg_extreme_preds = [1e6, 0.0, -3.0, 2.5 + 1e-3, 7.0 - 0.5]

probs = rng.uniform(0.001, 0.999, (N, C))
hard = (rng.uniform(size=(N, C)) < 0.5).astype(np.float64)
soft = rng.uniform(0, 1, (N, C))
p_extreme = [0.0, 0.0, 1.0, 1.0, 1e-30, 1 - 2 ** -24, 0.5]
y_extreme = [0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.3]

logits = rng.normal(0, 4, (N, C))
z_extreme = [-1000.0, -1000.0, 1000.0, 1000.0, 0.0, 0.0, -100.0, 100.0, 30.0, -1000.0]
t_extreme = [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.7, 0.25]

cls_logits = rng.normal(0, 3, (N, C))
cls_index = rng.integers(0, C, N)
cls_onehot = np.eye(C)[cls_index]
cls_soft = rng.dirichlet(np.ones(C), N)
cls_extreme = [[1000.0, -1000.0, 0.0], [1000.0, -1000.0, 0.0], [-1000.0, -1000.0, -1000.0], [1000.0, 1000.0, -1000.0]]
cls_extreme_index = [0, 1, 2, 2]


# ---------------------------------------------------------------- activations

add_activation("sigmoid/random", "sigmoid", "torch.sigmoid", logits, torch.sigmoid)
add_activation("sigmoid/extreme", "sigmoid", "torch.sigmoid", z_extreme, torch.sigmoid)
add_activation("softmax/random", "softmax", "torch.softmax(dim=-1)", cls_logits, lambda x: torch.softmax(x, -1))
add_activation("softmax/extreme", "softmax", "torch.softmax(dim=-1)", cls_extreme, lambda x: torch.softmax(x, -1))
add_activation("logSoftmax/random", "logSoftmax", "torch.log_softmax(dim=-1)", cls_logits, lambda x: torch.log_softmax(x, -1))
add_activation("logSoftmax/extreme", "logSoftmax", "torch.log_softmax(dim=-1)", cls_extreme, lambda x: torch.log_softmax(x, -1))

# ---------------------------------------------------------------- regression

for tag, y, p in [("random", reg_labels, reg_preds), ("extreme", reg_extreme_labels, reg_extreme_preds)]:
    reg = {"labels": y, "predictions": p}
    add(f"meanAbsoluteError/{tag}", "meanAbsoluteError", "torch.nn.L1Loss", reg,
        lambda labels, predictions: F.l1_loss(predictions, labels, reduction="none"))
    add(f"meanSquaredError/{tag}", "meanSquaredError", "torch.nn.MSELoss", reg,
        lambda labels, predictions: F.mse_loss(predictions, labels, reduction="none"))
    add(f"halfSquaredError/{tag}", "halfSquaredError", "0.5 * torch.nn.MSELoss", reg,
        lambda labels, predictions: 0.5 * F.mse_loss(predictions, labels, reduction="none"))
    for delta in [1.0, 0.5, 3.0]:
        add(f"huberLoss/{tag}/delta={delta}", "huberLoss", f"torch.nn.HuberLoss(delta={delta})", reg,
            lambda labels, predictions, d=delta: F.huber_loss(predictions, labels, reduction="none", delta=d),
            options={"delta": delta})

# ---------------------------------------------------------------- binary cross-entropy

for tag, y, p in [("random/hard", hard, probs), ("random/soft", soft, probs), ("extreme", y_extreme, p_extreme)]:
    add(f"binaryCrossEntropy/{tag}", "binaryCrossEntropy", "torch.nn.BCELoss", {"labels": y, "predictions": p},
        lambda labels, predictions: F.binary_cross_entropy(predictions, labels, reduction="none"))

for tag, y, z in [("random/hard", hard, logits), ("random/soft", soft, logits), ("extreme", t_extreme, z_extreme)]:
    add(f"binaryCrossEntropyWithLogits/{tag}", "binaryCrossEntropyWithLogits", "torch.nn.BCEWithLogitsLoss",
        {"labels": y, "logits": z},
        lambda labels, logits: F.binary_cross_entropy_with_logits(logits, labels, reduction="none"),
        grad_of="logits")

# ---------------------------------------------------------------- softmax cross-entropy

for tag, y, s in [
    ("random/indices", cls_index, cls_logits),
    ("random/one-hot", cls_onehot, cls_logits),
    ("random/probabilities", cls_soft, cls_logits),
    ("extreme/indices", cls_extreme_index, cls_extreme),
]:
    if "indices" in tag:
        elements = lambda labels, logits: F.cross_entropy(logits, labels.long(), reduction="none")
    else:
        elements = lambda labels, logits: F.cross_entropy(logits, labels, reduction="none")
    add(f"softmaxCrossEntropy/{tag}", "softmaxCrossEntropy", "torch.nn.CrossEntropyLoss", {"labels": y, "logits": s},
        elements, grad_of="logits")

# ---------------------------------------------------------------- multi-label cross-entropy

ml_extreme_logits = [[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 1000.0], [3.0, -2.0, 0.5]]
ml_extreme_labels = [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 1.0]]   # the notes' multi-label vectors
for tag, y, s in [("random", hard, logits), ("extreme", ml_extreme_labels, ml_extreme_logits)]:
    add(f"multilabelCrossEntropy/{tag}", "multilabelCrossEntropy", "torch.nn.MultiLabelSoftMarginLoss * C",
        {"labels": y, "logits": s},
        lambda labels, logits: F.multilabel_soft_margin_loss(logits, labels, reduction="none") * logits.shape[-1],
        grad_of="logits")


# ---------------------------------------------------------------- focal losses

def torchvision_sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0):
    """torchvision.ops.sigmoid_focal_loss (torchvision 0.2x), reduction "none", line for line."""
    p = torch.sigmoid(inputs)
    ce_loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce_loss * ((1 - p_t) ** gamma)
    if alpha >= 0:
        alpha_t = alpha * targets + (1 - alpha) * (1 - targets)
        loss = alpha_t * loss
    return loss


def softmax_focal_loss(logits, targets, gamma, alpha=None):
    """-Σ_c α_c t_c (1 - p_c)^γ log p_c; for class indices, F.nll_loss((1 - p)^γ log p, target, weight=α)."""
    log_p = torch.log_softmax(logits, -1)
    focal = (1 - log_p.exp()) ** gamma * log_p
    if targets.dim() == logits.dim() - 1:
        weight = None if alpha is None else torch.as_tensor(alpha, dtype=torch.float64).expand(logits.shape[-1])
        return F.nll_loss(focal, targets.long(), weight=weight, reduction="none")
    a = 1.0 if alpha is None else torch.as_tensor(alpha, dtype=torch.float64)
    return -(a * targets * focal).sum(-1)


for gamma in [0.0, 0.5, 2.0]:
    for alpha in [None, 0.25]:
        opts = {"gamma": gamma} if alpha is None else {"gamma": gamma, "alpha": alpha}
        for tag, y, z in [("random/hard", hard, logits), ("random/soft", soft, logits), ("extreme", t_extreme, z_extreme)]:
            add(f"sigmoidFocalLoss/{tag}/gamma={gamma}/alpha={alpha}", "sigmoidFocalLoss",
                f"torchvision.ops.sigmoid_focal_loss(alpha={-1 if alpha is None else alpha}, gamma={gamma})",
                {"labels": y, "logits": z},
                lambda labels, logits, g=gamma, a=alpha: torchvision_sigmoid_focal_loss(
                    logits, labels, alpha=-1 if a is None else a, gamma=g),
                options=opts, grad_of="logits")

class_alpha = f32(rng.uniform(0.2, 2.0, C)).tolist()
for gamma in [0.0, 0.5, 2.0]:
    for alpha in [None, 0.5, class_alpha]:
        opts = {"gamma": gamma} if alpha is None else {"gamma": gamma, "alpha": alpha}
        alpha_tag = "none" if alpha is None else ("scalar" if isinstance(alpha, float) else "per-class")
        for tag, y, s in [
            ("random/indices", cls_index, cls_logits),
            ("random/probabilities", cls_soft, cls_logits),
            ("extreme/indices", cls_extreme_index, cls_extreme),
        ]:
            if tag.startswith("extreme") and isinstance(alpha, list):
                continue   # three classes there: the per-class α has five
            add(f"softmaxFocalLoss/{tag}/gamma={gamma}/alpha={alpha_tag}", "softmaxFocalLoss",
                "F.nll_loss((1 - p) ** gamma * log p, target, weight=alpha, reduction='none')",
                {"labels": y, "logits": s},
                lambda labels, logits, g=gamma, a=alpha: softmax_focal_loss(logits, labels, g, a),
                options=opts, grad_of="logits")


def main():
    doc = {
        "generator": "python/reference/torch_losses.py",
        "torch": torch.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "seed": SEED,
        "dtype": "float64 (inputs rounded to float32)",
        "cases": cases,
    }
    text = json.dumps(doc, allow_nan=False, separators=(",", ":"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n")
    print(f"wrote {len(cases)} cases to {OUT.relative_to(ROOT)} ({len(text) / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
