#!/usr/bin/env python3
"""How many minutes each lesson needs when it is taught, measured on the executed lessons.

  lesson_minutes.py [--executed DIR] [--write]

The method (stated in the README's "Teaching from it", and the same for every lesson):

- prose is read aloud at 130 words a minute: the words of the Markdown cells and of the Markdown the
  code cells print (the computed sentences), formulas included as they stand (a LaTeX token is a word);
- every figure (a Plotly output) takes 3 minutes to explain (its sliders moved, its hover text read), every
  displayed formula ($$ … $$) 1 minute to write out and explain, every table (a Markdown table a cell prints) 1 minute;
- the cells run in front of the class: the seconds each code cell took in the executed notebook
  (nbclient's busy/idle timestamps), as measured on the machine that executed them.

Each lesson is cut into sections at its Markdown headings (a heading's text, as the README names it), so a
teaching path that shows only some sections can be checked against the minutes of those sections:
`tests/tooling/teaching_paths.test.ts` reads scripts/lesson_minutes.json.

The executed lessons are read from DIR (default build/notebooks/, written by `scripts/notebooks.py run --build`;
`run --save DIR` also works). With --write the numbers go to scripts/lesson_minutes.json and to the README's
per-lesson table (between the lesson-minutes markers); without it they are printed only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "notebooks"
OUT = ROOT / "scripts" / "lesson_minutes.json"
README = ROOT / "README.md"
START, END = "<!-- lesson-minutes:start -->", "<!-- lesson-minutes:end -->"

WORDS_PER_MINUTE = 130
FIGURE_MINUTES = 3.0
FORMULA_MINUTES = 1.0
TABLE_MINUTES = 1.0
PLOTLY = "application/vnd.plotly.v1+json"


def words(text: str) -> int:
    """Words read aloud: whitespace-separated tokens that hold a letter or a digit (Markdown markup and lone symbols skipped)."""
    return sum(1 for t in text.split() if re.search(r"\w", t))


def seconds(cell: dict) -> float:
    ex = cell.get("metadata", {}).get("execution", {})
    a, b = ex.get("iopub.status.busy"), ex.get("iopub.status.idle")
    if not a or not b:
        return 0.0
    parse = lambda s: dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    return max(0.0, (parse(b) - parse(a)).total_seconds())


def printed_markdown(cell: dict) -> list[str]:
    out = []
    for o in cell.get("outputs", []):
        md = o.get("data", {}).get("text/markdown")
        if md is not None:
            out.append("".join(md) if isinstance(md, list) else md)
    return out


def measure(executed: Path) -> dict:
    """Per-section and total minutes of one executed lesson."""
    nb = json.loads(executed.read_text())
    sections: list[dict] = []

    def open_section(title: str) -> dict:
        s = {"heading": title, "words": 0, "formulas": 0, "figures": 0, "tables": 0, "seconds": 0.0}
        sections.append(s)
        return s

    current = open_section("(before the first heading)")
    for cell in nb["cells"]:
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "markdown":
            in_formula = False
            for line in src.split("\n"):
                for _ in range(line.count("$$")):
                    in_formula = not in_formula
                    if in_formula:
                        current["formulas"] += 1
                m = re.match(r"^(#{1,4})\s+(.*\S)\s*$", line)
                if m:
                    current = open_section(m.group(2))
                current["words"] += words(line if not m else m.group(2))
        elif cell["cell_type"] == "code":
            current["seconds"] += seconds(cell)
            current["figures"] += sum(1 for o in cell.get("outputs", []) if PLOTLY in o.get("data", {}))
            for md in printed_markdown(cell):
                if md.lstrip().startswith("|"):
                    current["tables"] += 1
                else:
                    current["words"] += words(md)
    for s in sections:
        s["minutes"] = round(s["words"] / WORDS_PER_MINUTE + s["formulas"] * FORMULA_MINUTES + s["figures"] * FIGURE_MINUTES + s["tables"] * TABLE_MINUTES
                             + s["seconds"] / 60, 2)
        s["seconds"] = round(s["seconds"], 1)
    sections = [s for s in sections if s["minutes"] > 0 or s["heading"] != "(before the first heading)"]
    total = sum(s["minutes"] for s in sections)
    return {
        "minutes": int(-(-total // 1)),  # whole minutes, rounded up
        "words": sum(s["words"] for s in sections),
        "formulas": sum(s["formulas"] for s in sections),
        "figures": sum(s["figures"] for s in sections),
        "tables": sum(s["tables"] for s in sections),
        "runSeconds": round(sum(s["seconds"] for s in sections), 1),
        "sections": sections,
    }


def readme_table(lessons: dict) -> str:
    rows = ["| lesson | minutes | words (130 a minute) | formulas (1 min each) | figures (3 min each) | tables (1 min each) | cells run (s) |",
            "|---|---|---|---|---|---|---|"]
    for name, m in lessons.items():
        rows.append(f"| [{name.split('/')[-1].split('_')[0]}]({name}) | {m['minutes']} | {m['words']} | {m['formulas']} | {m['figures']} | {m['tables']} | {m['runSeconds']} |")
    total = sum(m["minutes"] for m in lessons.values())
    rows.append(f"| all | {total} ({total / 60:.1f} hours) | | | | | |")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--executed", default=str(ROOT / "build" / "notebooks"), help="folder of the executed lessons")
    ap.add_argument("--write", action="store_true", help="write scripts/lesson_minutes.json and the README's table")
    opts = ap.parse_args()
    folder = Path(opts.executed)
    lessons = {}
    missing = []
    for lesson in sorted(LESSONS.glob("[0-9][0-9]*.ipynb")):
        executed = folder / lesson.name
        if not executed.exists():
            missing.append(lesson.name)
            continue
        lessons[f"notebooks/{lesson.name}"] = measure(executed)
    if missing:
        print(f"not executed in {folder}: {', '.join(missing)} (run scripts/notebooks.py run --build first)", file=sys.stderr)
        return 1
    print(readme_table(lessons))
    if opts.write:
        method = {"wordsPerMinute": WORDS_PER_MINUTE, "formulaMinutes": FORMULA_MINUTES, "figureMinutes": FIGURE_MINUTES, "tableMinutes": TABLE_MINUTES,
                  "runTime": "seconds of each code cell in the executed notebook (busy to idle)"}
        OUT.write_text(json.dumps({"method": method, "lessons": lessons}, ensure_ascii=False, indent=1) + "\n")
        text = README.read_text()
        a, b = text.find(START), text.find(END)
        if a < 0 or b < a:
            print(f"README.md has no {START} … {END} block", file=sys.stderr)
            return 1
        README.write_text(text[: a + len(START)] + "\n" + readme_table(lessons) + "\n" + text[b:])
        print(f"wrote {OUT.relative_to(ROOT)} and README.md's table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
