#!/usr/bin/env python3
"""Generates nbgrader source assignments from the course's exercises and their solutions (issue 27).

For each exercise notebooks/exercises/NAME.ipynb with its solutions/NAME.ipynb, writes
COURSE/source/NAME/NAME.ipynb (COURSE: nbgrader's CourseDirectory.root, python/nbgrader_config.py):
  - the exercise's markdown, and every code cell the exercise and solution share, as locked cells;
  - a cell where the solution differs from the exercise as a solution cell: the lines both share stay, the
    solution's own lines go between `// BEGIN SOLUTION` and `// END SOLUTION` (nbgrader puts its stub there in the
    student's copy), and the exercise's placeholder lines, when they are more than a "return notYet()", above
    them as comments, so the student still sees which name to declare;
  - a check cell (the exercise calls a check, the solution calls it with `mustPass: true`) as an autograded
    test cell worth POINTS: the student sees the exercise's check (advice, it never throws), and the grader also
    runs the solution's `mustPass: true` call, which throws when the check fails, between
    `// BEGIN HIDDEN TESTS` and `// END HIDDEN TESTS` (not in the student's copy).
The solutions' answer cells (markdown) are left out. Refuses a pair whose code cells do not line up.

Usage: .venv/bin/python scripts/grading/generate.py [NAME ...]   (default: every exercise)
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "notebooks" / "exercises"
POINTS = 1
CHECK = re.compile(r"^\s*check\w+\(", re.M)
PLACEHOLDER = re.compile(r"^\s*(//.*|return notYet\(\);)?\s*$")


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def meta(kind, grade_id, points=None):
    m = {"grade": kind == "test", "solution": kind == "solution", "locked": kind != "solution",
         "grade_id": grade_id, "schema_version": 3}
    if points is not None:
        m["points"] = points
    return {"nbgrader": m}


def solution_cell(ex: str, sol: str) -> str:
    a, b = ex.split("\n"), sol.split("\n")
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    placeholder, answer = a[head:len(a) - tail], b[head:len(b) - tail]
    indent = re.match(r"\s*", (answer or placeholder or [""])[0]).group(0)
    shown = [] if all(PLACEHOLDER.match(line) for line in placeholder) else \
        [f"{indent}// the exercise's starting point: {line.strip()}" for line in placeholder if line.strip()]
    return "\n".join(a[:head] + shown + [f"{indent}// BEGIN SOLUTION"] + answer + [f"{indent}// END SOLUTION"]
                     + (a[len(a) - tail:] if tail else []))


def generate(name: str, course: Path) -> Path:
    ex_nb = json.loads((EXERCISES / f"{name}.ipynb").read_text())
    sol_nb = json.loads((EXERCISES / "solutions" / f"{name}.ipynb").read_text())
    sol_code = [c for c in sol_nb["cells"] if c["cell_type"] == "code"]
    ex_code = [c for c in ex_nb["cells"] if c["cell_type"] == "code"]
    if len(sol_code) != len(ex_code):
        sys.exit(f"generate: {name}: the exercise has {len(ex_code)} code cells, its solution {len(sol_code)}")
    cells, k, counts = [], 0, {"solution": 0, "test": 0, "locked": 0}
    for i, cell in enumerate(ex_nb["cells"]):
        ex = source(cell)
        if cell["cell_type"] != "code":
            cells.append({"cell_type": "markdown", "id": f"{name[:20]}-{i}", "metadata": meta("locked", f"text_{i}"), "source": ex})
            counts["locked"] += 1
            continue
        sol = source(sol_code[k])
        k += 1
        if CHECK.search(ex) and "mustPass: true" in sol:
            kind, text = "test", f"{ex}\n// BEGIN HIDDEN TESTS\n{sol}\n// END HIDDEN TESTS"
        elif ex == sol:
            kind, text = "locked", ex
        else:
            kind, text = "solution", solution_cell(ex, sol)
        counts[kind] += 1
        cells.append({"cell_type": "code", "id": f"{name[:20]}-{i}", "execution_count": None, "outputs": [],
                      "metadata": meta(kind, f"{kind}_{i}", POINTS if kind == "test" else None), "source": text})
    if counts["test"] == 0 or counts["solution"] == 0:
        sys.exit(f"generate: {name}: no check or no answer cell found ({counts})")
    out = course / "source" / name / f"{name}.ipynb"
    out.parent.mkdir(parents=True, exist_ok=True)
    nb = {"cells": cells, "metadata": ex_nb["metadata"], "nbformat": 4, "nbformat_minor": 5}
    out.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    print(f"generate: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {counts['solution']} answer cells, "
          f"{counts['test']} test cells ({counts['test'] * POINTS} points), {counts['locked']} locked")
    return out


def main(argv):
    import os
    course = Path(os.environ.get("LOSSLAB_GRADING_COURSE", ROOT / ".grading" / "course"))
    names = argv or sorted(p.stem for p in EXERCISES.glob("*.ipynb"))
    for name in names:
        if not (EXERCISES / f"{name}.ipynb").exists():
            sys.exit(f"generate: no exercise notebooks/exercises/{name}.ipynb")
        generate(name, course)


if __name__ == "__main__":
    main(sys.argv[1:])
