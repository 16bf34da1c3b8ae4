#!/usr/bin/env python3
"""Runs the course's notebooks, each in a fresh tslab kernel, through nbclient.

  notebooks.py run [--build] [--jobs N] [--timeout S] [--committed] [NOTEBOOK ...]
  notebooks.py check EXERCISE
  notebooks.py clean [NOTEBOOK ...]
  notebooks.py slide-tags [--force] [NOTEBOOK ...]
  notebooks.py slide-plan [NOTEBOOK ...]
  notebooks.py index [--site DIR]

A failure is read from the kernel's execute reply (status "error"), not from error outputs: tslab
sends none (see shared/FACTS.md), so tools that look for them would pass a broken notebook. The
report names the notebook, the cell, the first lines of its source and what the kernel wrote to
stderr. The last line is "N passed, N failed".

With --build, the executed notebooks go to build/notebooks/ (each with <page>.live.json beside it:
every frame of each live output, of which the notebook keeps the last), one offline HTML page per notebook to
build/site/, one curated reveal.js deck per lesson to build/site/slides/ (deck_plan: sections and
figures as slides, the prose as speaker notes, 10-15 slides), and an index page linking them all
(plotly.js, MathJax and reveal.js from npm packages, copied into build/site/assets/).

With --committed (npm test), each notebook is run as git has it (the index: what is committed, or
staged to be), not the working copy a lecturer ran in JupyterLab or a student is editing; notebooks
git does not know are skipped. Without git (a tarball), the working copies run, with a one-line note.

"check" runs one exercise (its number, "03", "03b", "04a", or its path), as it is in the work tree, in a fresh
kernel and prints the checker's verdicts; it exits 0 only when every check passes.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK_DIRS = [NOTEBOOKS, NOTEBOOKS / "exercises", NOTEBOOKS / "exercises" / "solutions"]
BUILD = ROOT / "build"
KERNEL = {"name": "tslab", "display_name": "TypeScript", "language": "typescript"}
LANGUAGE_INFO = {"name": "typescript", "file_extension": ".ts", "mimetype": "text/typescript"}
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
LOADER_MARK = "losslab-plotly-loader"


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def find_notebooks(args: list[str]) -> list[Path]:
    if args:
        return [Path(a).resolve() for a in args]
    found: list[Path] = []
    for folder in NOTEBOOK_DIRS:
        found += sorted(folder.glob("*.ipynb"))
    return found


def page_name(path: Path) -> str:
    """The page of a notebook: its path under notebooks/ with '/' as '--' (exercises--00_x.html)."""
    try:
        parts = path.resolve().relative_to(NOTEBOOKS).with_suffix("").parts
    except ValueError:
        parts = (path.stem,)
    return "--".join(parts)


def cell_error_text(cell) -> str:
    """What the kernel said about a failed cell: its stderr, and any error output."""
    parts: list[str] = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append(f"{out.get('ename', '')}: {out.get('evalue', '')}")
            parts.extend(out.get("traceback", []))
    return ANSI.sub("", "".join(p if p.endswith("\n") else p + "\n" for p in parts)).strip()


def execute(path_str: str, timeout: int, read_str: str | None = None) -> dict:
    """Executes one notebook in a fresh kernel, in the folder of the file it reads (read_str, by
    default the notebook itself); results are reported under path_str. Runs in a worker process."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    path = Path(read_str or path_str)
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError) as exc:
        return {"path": path_str, "ok": False, "seconds": 0.0, "notebook": "", "failure": {
            "cell": None, "cells": 0, "source": "", "error": f"cannot read it: {exc}", "kind": type(exc).__name__}}
    current = {"index": None}
    live: dict[str, dict] = {}

    def on_cell_execute(cell, cell_index, **_):
        current["index"] = cell_index

    def run_once():
        live.clear()
        client = NotebookClient(
            nb,
            kernel_name=KERNEL["name"],
            timeout=timeout,
            startup_timeout=120,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.on_cell_execute = on_cell_execute
        process_message = client.process_message

        def recording(msg, cell, cell_index):
            record_live_frame(live, msg, cell_index)
            return process_message(msg, cell, cell_index)

        client.process_message = recording
        client.execute()

    start = time.perf_counter()
    failure = None
    retried = False
    try:
        try:
            run_once()
        except (CellExecutionError, CellTimeoutError, DeadKernelError):
            raise
        except Exception:  # noqa: BLE001
            # A kernel that never started (no cell ran) is the machine's, not the notebook's: jupyter_client
            # picks free ports and another process can take one before tslab binds it (EADDRINUSE), and that
            # kernel never answers. One fresh kernel more; a second failure is reported as it is.
            if current["index"] is not None:
                raise
            retried = True
            run_once()
    except (CellExecutionError, CellTimeoutError, DeadKernelError, Exception) as exc:  # noqa: BLE001
        index = current["index"]
        cell = nb.cells[index] if index is not None else None
        kind = type(exc).__name__
        text = cell_error_text(cell) if cell is not None else ""
        if kind == "CellTimeoutError":
            text = f"the cell did not finish within {timeout} s\n{text}".strip()
        elif kind == "DeadKernelError":
            text = f"the kernel died\n{text}".strip()
        elif not text:
            message = ANSI.sub("", str(exc)).strip()
            text = message or "the kernel reported an error but wrote no message"
        failure = {
            "cell": None if index is None else index + 1,
            "cells": len(nb.cells),
            "source": (cell.source if cell is not None else ""),
            "error": text,
            "kind": kind,
        }
    seconds = time.perf_counter() - start
    return {"path": path_str, "ok": failure is None, "seconds": seconds, "failure": failure,
            "notebook": nbformat.writes(nb), "kernel_start_retried": retried, "live": list(live.values())}


PROGRESS = re.compile(r'<progress value="([^"]*)" max="([^"]*)"')


def record_live_frame(live: dict[str, dict], msg: dict, cell_index: int) -> None:
    """Notes one frame of a live output (an output with a display id, redrawn by update_display_data):
    its MIME types, and for a figure its title and layout size, for a progress bar its value. The
    executed notebook keeps only the last frame; this record (build/notebooks/<page>.live.json) is
    what lets the JupyterLab test check every frame of a run it does not repeat."""
    if msg["msg_type"] not in ("display_data", "update_display_data"):
        return
    content = msg["content"]
    display_id = (content.get("transient") or {}).get("display_id")
    if not display_id:
        return
    data = content.get("data") or {}
    frame: dict = {"mime": sorted(data)}
    fig = data.get("application/vnd.plotly.v1+json")
    if isinstance(fig, dict):
        layout = fig.get("layout") or {}
        title = layout.get("title")
        frame["title"] = title if isinstance(title, str) else (title or {}).get("text", "")
        frame["height"] = layout.get("height")
        frame["width"] = layout.get("width")
    html_text = data.get("text/html")
    bar = PROGRESS.search(html_text) if isinstance(html_text, str) else None
    if bar:
        frame["progress"] = f"{bar.group(1)}/{bar.group(2)}"
    output = live.setdefault(display_id, {"cell": cell_index + 1, "frames": []})
    output["frames"].append(frame)


def indent(text: str, prefix: str = "      | ", limit: int | None = None) -> str:
    lines = text.splitlines() or [""]
    shown = lines[:limit] if limit else lines
    more = f"\n{prefix}... ({len(lines) - len(shown)} more lines)" if limit and len(lines) > limit else ""
    return "\n".join(prefix + line for line in shown) + more


def report(result: dict) -> str:
    name = rel(Path(result["path"]))
    line = f"{'PASS' if result['ok'] else 'FAIL'}  {name}  {result['seconds']:.1f} s"
    if result.get("kernel_start_retried"):
        line += "  (its first kernel never started; ran in a second one)"
    if result["ok"]:
        return line
    f = result["failure"]
    where = f"cell {f['cell']} of {f['cells']}" if f["cell"] else "before the first cell ran"
    return "\n".join([
        line,
        f"      {name}: {where} failed ({f['kind']})",
        "      source:",
        indent(f["source"], limit=6),
        "      error:",
        indent(f["error"], limit=30),
    ])


# --- building pages ----------------------------------------------------------------------------

def copy_assets(site: Path) -> None:
    assets = site / "assets"
    (assets / "mathjax").mkdir(parents=True, exist_ok=True)
    mj = ROOT / "node_modules" / "mathjax" / "es5"
    shutil.copy2(mj / "tex-chtml-full.js", assets / "mathjax" / "tex-chtml-full.js")
    shutil.copytree(mj / "output" / "chtml" / "fonts", assets / "mathjax" / "output" / "chtml" / "fonts",
                    dirs_exist_ok=True)
    shutil.copy2(ROOT / "node_modules" / "plotly.js-dist-min" / "plotly.min.js", assets / "plotly.min.js")
    reveal = ROOT / "node_modules" / "reveal.js"
    shutil.copytree(reveal / "dist", assets / "reveal" / "dist", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
    shutil.copytree(reveal / "plugin" / "notes", assets / "reveal" / "plugin" / "notes", dirs_exist_ok=True)


def build_page(path: Path, nb_json: str, site: Path, out_nb: Path) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    out_nb.mkdir(parents=True, exist_ok=True)
    (out_nb / f"{page_name(path)}.ipynb").write_text(nb_json, encoding="utf-8")
    nb = nbformat.reads(nb_json, as_version=4)
    exporter = HTMLExporter(template_name="losslab", extra_template_basedirs=[str(ROOT / "python" / "templates")])
    body, _ = exporter.from_notebook_node(nb, resources={"losslab_assets": "assets"})
    if "losslab-figure" in body and LOADER_MARK not in body:
        # no output of this run carried plotly.js (figures only from live updates): load it here
        body = body.replace("</head>", '<script src="assets/plotly.min.js"></script>\n</head>', 1)
    page = site / f"{page_name(path)}.html"
    page.write_text(body, encoding="utf-8")
    return page


def is_lesson(path: Path) -> bool:
    return path.resolve().parent == NOTEBOOKS


DECK_MIN, DECK_MAX = 10, 15
FIGURE_CELL = re.compile(r"\bshow\(|\blive:\s")
TABLE_CELL = re.compile(r"\btable\(")
SENTENCE_CELL = re.compile(r"\bmarkdown\(")


def deck_plan(nb) -> list[str]:
    """The curated lecture deck of a lesson: one reveal.js slide type per cell.

    What a lecturer shows: the title and each '#'/'##' section open a slide; each cell that draws a
    figure (show(...), or a live training figure) is a slide of its own below its section, its code
    hidden; the prose between them, and the cells that only print a computed sentence, become that
    slide's speaker notes (S in reveal.js); the set-up cell and the cells that only train are left out.
    Tables are shown on slides of their own while the deck has fewer than DECK_MIN slides, and are
    speaker notes otherwise (then, if still short, the computed sentences); a deck above DECK_MAX keeps the first figure of each section and drops
    later ones from the section with the most. A cell's metadata losslab.deck ("slide", "subslide",
    "fragment", "notes", "skip") overrides the rule."""
    types: list[str] = []
    for i, cell in enumerate(nb.cells):
        source = cell.source.lstrip()
        if cell.cell_type == "markdown":
            types.append("slide" if i == 0 or source.startswith("# ") or source.startswith("## ") else "notes")
        elif "await setup(" in source:
            types.append("skip")
        elif FIGURE_CELL.search(source):
            types.append("subslide")
        elif TABLE_CELL.search(source):
            types.append("table")
        elif SENTENCE_CELL.search(source):
            types.append("notes")
        else:
            types.append("skip")
    overrides = {i: c.metadata.get("losslab", {}).get("deck") for i, c in enumerate(nb.cells)}

    def count() -> int:
        return sum(1 for i, t in enumerate(types) if (overrides[i] or t) in ("slide", "subslide"))

    for i, t in enumerate(types):
        if t == "table":
            types[i] = "subslide" if count() < DECK_MIN else "notes"
    for i, cell in enumerate(nb.cells):  # still short: the computed verdicts get slides of their own
        if count() >= DECK_MIN:
            break
        if cell.cell_type == "code" and types[i] == "notes":
            types[i] = "subslide"
    while count() > DECK_MAX:
        sections: list[list[int]] = []
        for i, t in enumerate(types):
            if t == "slide":
                sections.append([])
            elif t == "subslide" and not overrides[i] and sections:
                sections[-1].append(i)
        crowded = max(sections, key=len, default=[])
        if len(crowded) < 2:
            break
        types[crowded[-1]] = "skip"
    return [overrides[i] or t for i, t in enumerate(types)]


def deck_summary(nb, types: list[str]) -> dict:
    """Slides, slides with speaker notes, and figures shown, of a deck planned by deck_plan."""
    slides = notes = figures = 0
    has_notes = False
    for cell, t in zip(nb.cells, types):
        if t in ("slide", "subslide"):
            slides += 1
            notes += has_notes
            has_notes = False
        if t == "notes":
            has_notes = True
        if t not in ("skip", "notes"):
            figures += sum(1 for o in cell.get("outputs", []) if "application/vnd.plotly.v1+json" in o.get("data", {}))
    notes += has_notes
    return {"slides": slides, "slidesWithNotes": notes, "figures": figures}


def build_deck(path: Path, nb_json: str, site: Path) -> Path:
    """The curated reveal.js deck of an executed lesson (deck_plan), in build/site/slides/, working
    offline, with code hidden and the lecture's prose as speaker notes; beside it <deck>.json says
    how many slides, slides with notes and figures it holds (the page tests read it)."""
    import nbformat
    from nbconvert import SlidesExporter

    nb = nbformat.reads(nb_json, as_version=4)
    types = deck_plan(nb)
    for cell, t in zip(nb.cells, types):
        cell.metadata["slideshow"] = {"slide_type": t}
    exporter = SlidesExporter(
        template_name="losslab_slides",
        extra_template_basedirs=[str(ROOT / "python" / "templates")],
        reveal_url_prefix="../assets/reveal",
        reveal_theme="white",
        reveal_scroll=True,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"losslab_assets": "../assets"})
    if "losslab-figure" in body and LOADER_MARK not in body:
        body = body.replace("</head>", '<script src="../assets/plotly.min.js"></script>\n</head>', 1)
    body = body.replace('href="explore/', 'href="../explore/')  # the lessons' links to the explorables, from slides/
    deck = site / "slides" / f"{page_name(path)}.slides.html"
    deck.parent.mkdir(parents=True, exist_ok=True)
    deck.write_text(body, encoding="utf-8")
    (deck.parent / f"{page_name(path)}.deck.json").write_text(json.dumps(deck_summary(nb, types)), encoding="utf-8")
    return deck


LESSON_LINES = ROOT / "scripts" / "lesson_lines.json"
TEX_WORDS = {"theta": "θ", "gamma": "γ", "alpha": "α", "psi": "ψ", "lambda": "λ", "cos": "cos", "sigma": "σ"}


def plain_heading(text: str) -> str:
    """A Markdown heading as plain text for a page without MathJax: no '#', '**', '`' or '$', and the
    few TeX commands the headings use ($J(\\theta)$) as their letters."""
    text = re.sub(r"^#+\s*", "", text.strip())
    text = re.sub(r"\\([A-Za-z]+)", lambda m: TEX_WORDS.get(m.group(1), m.group(1)), text)
    return re.sub(r"[*`$]", "", text).strip()


def notebook_intro(stem: str) -> tuple[str, str] | None:
    """The first heading of a page's notebook (notebooks/<stem with '--' as '/'>.ipynb) and the first
    sentence of the paragraph after it; None if that notebook is not here."""
    path = NOTEBOOKS / (stem.replace("--", "/") + ".ipynb")
    if not path.exists():
        return None
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "markdown" and source.lstrip().startswith("#"):
            heading, _, rest = source.lstrip().partition("\n")
            paragraph = " ".join(rest.strip().split("\n\n")[0].split())
            sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0] if paragraph else ""
            return plain_heading(heading), sentence
    return None


def lesson_number(stem: str) -> str:
    """'06' of 06_l_softmax and of exercises--06_psi; '04b' of 04b_triplets_and_mining."""
    return stem.split("--")[-1].split("_")[0]


def explorables(site: Path) -> list[dict]:
    """The explorable pages in site/explore/ (scripts/build_explore.js): href, title, what it teaches
    and the lessons it belongs to, read from each page's <title> and losslab-* meta tags."""
    found = []
    for page in sorted((site / "explore").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        meta = {m.group(1): html.unescape(m.group(2)) for m in re.finditer(r'<meta name="(losslab-[a-z]+)" content="([^"]*)"', text)}
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        if "losslab-explorable" not in meta:
            continue
        name = html.unescape(title.group(1)).split(" · ")[0].strip() if title else page.stem
        lessons = [x.strip() for x in meta.get("losslab-lessons", "").split(",") if x.strip()]
        found.append({"href": f"explore/{page.name}", "title": name, "teaches": meta["losslab-explorable"], "lessons": lessons})
    return found


def write_index(site: Path, pages: list[Path]) -> None:
    """build/site/index.html, the course's home page: each lesson under its notebook's own heading
    ("06 · L-Softmax: a margin on the angle"), one line of what it teaches (scripts/lesson_lines.json,
    else the notebook's first sentence), and beside it its slides, exercises with solutions and
    explorables; then the explorables (read from site/explore/*.html), the exercises and the API
    reference. A table, not a numbered list, so no list number stands beside the lesson's own."""
    def link(href: str, text: str) -> str:
        return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'

    lines = {k: v for k, v in json.loads(LESSON_LINES.read_text(encoding="utf-8")).items() if not k.startswith("//")} \
        if LESSON_LINES.exists() else {}
    intro = {p.stem: notebook_intro(p.stem) or (p.stem.split("--")[-1].replace("_", " "), "") for p in pages}
    lessons = sorted(p for p in pages if "--" not in p.stem)
    exercises = sorted(p for p in pages if p.stem.startswith("exercises--") and "--solutions--" not in p.stem)
    shown = explorables(site)
    lesson_numbers = {lesson_number(p.stem) for p in lessons}

    def lesson_of(number: str) -> str:
        """The lesson an exercise or explorable number belongs to: itself, else its two digits (03b → 03)."""
        return number if number in lesson_numbers else number[:2]

    def solution_of(p: Path) -> Path:
        return site / p.name.replace("exercises--", "exercises--solutions--", 1)

    def exercise_links(p: Path, label: str) -> list[str]:
        sol = solution_of(p)
        return [link(p.name, label)] + ([link(sol.name, "solution")] if sol.exists() else [])

    rows = []
    for p in lessons:
        number = lesson_number(p.stem)
        title, sentence = intro[p.stem]
        extras = []
        deck = site / "slides" / f"{p.stem}.slides.html"
        if deck.exists():
            extras.append(link("slides/" + deck.name, "slides"))
        for e in exercises:
            if lesson_of(lesson_number(e.stem)) == number:
                extras += exercise_links(e, f"exercise {lesson_number(e.stem)}")
        for x in shown:
            if number in x["lessons"]:
                extras.append(link(x["href"], f"explorable: {x['title']}"))
        rows.append(f"<tr><th scope=\"row\">{link(p.name, title)}</th><td>{html.escape(lines.get(number, sentence))}</td>"
                    f"<td>{' · '.join(extras)}</td></tr>")
    explore_rows = [f"<li>{link(x['href'], x['title'])}: {html.escape(x['teaches'])} ({'lesson' if len(x['lessons']) == 1 else 'lessons'} {html.escape(', '.join(x['lessons']))})</li>"
                    for x in shown]
    ex_rows = [f"<li>{link(p.name, intro[p.stem][0])}{''.join(' · ' + s for s in exercise_links(p, '')[1:])}</li>" for p in exercises]
    style = ("body{font-family:sans-serif;max-width:980px;margin:2em auto;padding:0 1em;line-height:1.5}"
             "table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.4em .6em;border-top:1px solid #ddd}"
             "th[scope=row]{font-weight:600;min-width:14em}ul{padding-left:1.2em}")
    (site / "index.html").write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>losslab: the course</title>"
        f"<style>{style}</style></head><body>"
        "<h1>losslab: loss functions of deep learning</h1>"
        "<p>The executed course: every lesson with its figures, its slides, its exercises with their solutions, and "
        "explorables that train in this browser. Everything here works offline, from this folder.</p>"
        "<h2>Lessons</h2><table id=\"lessons\"><thead><tr><th scope=\"col\">Lesson</th><th scope=\"col\">What it teaches</th>"
        f"<th scope=\"col\">With it</th></tr></thead><tbody>\n{chr(10).join(rows)}\n</tbody></table>"
        + (f"<h2>Explorables</h2><p>Small networks trained live in this page's browser with losslab and TensorFlow.js "
           f"(no set-up, no network): move a slider and watch the result change.</p><ul id=\"explorables\">\n{chr(10).join(explore_rows)}\n</ul>"
           if shown else "")
        + f"<h2>Exercises</h2><ul id=\"exercises\">\n{chr(10).join(ex_rows)}\n</ul>"
        + ("<h2>Library</h2><p><a href=\"api/index.html\">losslab API reference</a></p>" if (site / "api" / "index.html").exists() else "")
        + "</body></html>\n",
        encoding="utf-8",
    )


def site_pages(site: Path) -> list[Path]:
    """The notebook pages already in a built site (every top-level .html but the index)."""
    return sorted(p for p in site.glob("*.html") if p.name != "index.html")


def cmd_index(opts) -> int:
    """Rewrites <site>/index.html from the pages, decks and explorables already in the site (no kernel)."""
    site = Path(opts.site).resolve()
    if not site.is_dir():
        print(f"no site at {site}: build it first (npm run build)")
        return 1
    write_index(site, site_pages(site))
    print(f"pages: {rel(site)}/index.html ({len(site_pages(site))} notebooks)")
    return 0


# --- commands ----------------------------------------------------------------------------------

def git_index() -> dict[str, str] | None:
    """The notebooks in git's index (what is committed, or staged to be): path under ROOT → blob id.
    None when this folder is not the top of a git work tree (a tarball) or git is missing."""
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=ROOT, capture_output=True, text=True)
        if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT.resolve():
            return None
        listing = subprocess.run(["git", "ls-files", "-s", "-z", "--", "*.ipynb"], cwd=ROOT,
                                 capture_output=True, check=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError):
        return None
    index: dict[str, str] = {}
    for entry in filter(None, listing.split("\0")):
        meta, name = entry.split("\t", 1)
        index.setdefault(name, meta.split()[1])  # "mode blob stage"; first stage of a conflict
    return index


def committed_jobs(named: list[str], scratch: Path) -> list[tuple[Path, Path]]:
    """(notebook, file to run) pairs for --committed: each notebook's text from git's index, written
    under scratch/ at the same relative path. Prints one line per notebook it cannot take from git."""
    index = git_index()
    if index is None:
        print("note: no git repository here: running the notebooks as they are in the work tree")
        return [(p, p) for p in find_notebooks(named)]
    if named:
        wanted = [Path(a).resolve() for a in named]
    else:
        dirs = {d.resolve() for d in NOTEBOOK_DIRS}
        wanted = sorted({(ROOT / name).resolve() for name in index if (ROOT / name).resolve().parent in dirs}
                        | set(find_notebooks([])))
    jobs: list[tuple[Path, Path]] = []
    for path in wanted:
        blob = index.get(rel(path))
        if blob is None:
            if named:
                print(f"note: {rel(path)} is not in git: running the copy in the work tree")
                jobs.append((path, path))
            else:
                print(f"note: {rel(path)} is not in git: skipped (git add it to test it)")
            continue
        copy = scratch / rel(path)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(subprocess.run(["git", "cat-file", "blob", blob], cwd=ROOT, capture_output=True,
                                        check=True).stdout)
        jobs.append((path, copy))
    return jobs


def cmd_run(opts) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="committed-", dir=ensure_dir(BUILD))) if opts.committed else None
    try:
        jobs = committed_jobs(opts.notebooks, scratch) if scratch else [(p, p) for p in find_notebooks(opts.notebooks)]
        return run_jobs(jobs, opts)
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_jobs(jobs: list[tuple[Path, Path]], opts) -> int:
    notebooks = [path for path, _ in jobs]
    if not notebooks:
        print("no notebooks found")
        print("0 passed, 0 failed")
        return 1
    site, out_nb = BUILD / "site", BUILD / "notebooks"
    if opts.build:
        site.mkdir(parents=True, exist_ok=True)
        copy_assets(site)
    passed = failed = 0
    pages: list[Path] = []
    start = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = [pool.submit(execute, str(path), opts.timeout, str(read)) for path, read in jobs]
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            print(report(result), flush=True)
            if result["ok"]:
                passed += 1
            else:
                failed += 1
            if opts.save:
                Path(opts.save).mkdir(parents=True, exist_ok=True)
                (Path(opts.save) / Path(result["path"]).name).write_text(result["notebook"], encoding="utf-8")
            if opts.build:
                pages.append(build_page(Path(result["path"]), result["notebook"], site, out_nb))
                (out_nb / f"{page_name(Path(result['path']))}.live.json").write_text(
                    json.dumps(result["live"], indent=1), encoding="utf-8")
                if is_lesson(Path(result["path"])):
                    build_deck(Path(result["path"]), result["notebook"], site)
    if opts.build:
        subprocess.run(["bash", str(ROOT / "scripts" / "api_docs.sh"), str(site / "api")], check=True)  # the library's API reference
        subprocess.run(["node", str(ROOT / "scripts" / "build_explore.js"), str(site / "explore")], check=True)  # the explorables (esbuild bundles)
        write_index(site, sorted(pages))
        decks = len(list((site / "slides").glob("*.slides.html"))) if (site / "slides").exists() else 0
        print(f"pages: {rel(site)}/index.html ({len(pages)} notebooks, {decks} slide decks)")
    print(f"notebooks: {len(notebooks)} in {time.perf_counter() - start:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


VERDICT = re.compile(r"^\*\*(?P<title>.+?): (?P<what>all (?P<all>\d+) checks pass|(?P<one>its check passes)|(?P<k>\d+) of (?P<n>\d+) checks? pass(es)?|not yet)\.\*\*")


def exercise_numbers() -> list[str]:
    """The exercises' numbers, as their file names start ("00", "03b", "04a")."""
    return [p.name.split("_", 1)[0] for p in sorted((NOTEBOOKS / "exercises").glob("*.ipynb"))]


def find_exercise(arg: str) -> Path | list[Path] | None:
    """An exercise by number ("3", "03", "03b", "4a") or path; a number with several exercises ("04": 04a
    and 04b) gives the list of them."""
    m = re.fullmatch(r"(\d{1,2})([a-z]?)", arg.lower())
    if m:
        number = f"{int(m.group(1)):02d}{m.group(2)}"
        exact = sorted((NOTEBOOKS / "exercises").glob(f"{number}_*.ipynb"))
        if exact:
            return exact[0]
        parts = sorted((NOTEBOOKS / "exercises").glob(f"{number}[a-z]_*.ipynb")) if not m.group(2) else []
        return parts or None
    path = Path(arg).resolve()
    return path if path.is_file() else None


def verdicts(nb_json: str) -> list[tuple[bool, str]]:
    """The checker's reports in an executed notebook: (passed, the report as plain text)."""
    import nbformat

    found = []
    for cell in nbformat.reads(nb_json, as_version=4).cells:
        for out in cell.get("outputs", []):
            md = out.get("data", {}).get("text/markdown", "")
            md = "".join(md) if isinstance(md, list) else md
            m = VERDICT.match(md)
            if m:
                found.append((m.group("all") is not None or m.group("one") is not None, md.replace("**", "").strip()))
    return found


def cmd_check(opts) -> int:
    """Runs one exercise as it is in the work tree (the student's copy) and prints the checker's verdicts."""
    path = find_exercise(opts.exercise)
    if path is None:
        print(f"no exercise '{opts.exercise}': give its number ({', '.join(exercise_numbers())}) or the path of its notebook")
        return 2
    if isinstance(path, list):
        names = " and ".join(p.name.split("_", 1)[0] for p in path)
        print(f"'{opts.exercise}' is {len(path)} exercises, {names}: give one of them")
        return 2
    print(f"checking {rel(path)} in a fresh kernel ...", flush=True)
    result = execute(str(path), opts.timeout)
    found = verdicts(result["notebook"]) if result["notebook"] else []
    for _, text in found:
        print()
        print(text)
    print()
    if not result["ok"]:
        print(report(result))
        print(f"FAIL  {rel(path)}: a cell failed before every check could run (see above)")
        return 1
    if not found:
        print(f"FAIL  {rel(path)}: the checker said nothing (is its cell, check...(yourFunction), still there?)")
        return 1
    ok = all(passed for passed, _ in found)
    print(f"{'PASS' if ok else 'FAIL'}  {rel(path)}: {'every check passes' if ok else 'not every check passes yet'} "
          f"({result['seconds']:.1f} s)")
    return 0 if ok else 1


def cmd_slide_tags(opts) -> int:
    """Writes the curated deck (deck_plan) into the slideshow metadata of lessons whose cells lack it
    (or of every cell with --force), so JupyterLab's slide view matches the built deck."""
    import nbformat

    for path in find_notebooks(opts.notebooks):
        if not is_lesson(path):
            continue
        nb = nbformat.read(path, as_version=4)
        changed = 0
        for cell, t in zip(nb.cells, deck_plan(nb)):
            if opts.force or "slideshow" not in cell.metadata:
                cell.metadata["slideshow"] = {"slide_type": t}
                changed += 1
        nbformat.write(nb, path)
        print(f"{rel(path)}: slide metadata on {changed} cells")
    return 0


def cmd_slide_plan(opts) -> int:
    """Prints each lesson's curated deck as JSON lines: slides, slides with speaker notes, and the
    type of each cell (computed from the sources; no kernel)."""
    import nbformat

    for path in find_notebooks(opts.notebooks):
        if not is_lesson(path):
            continue
        nb = nbformat.read(path, as_version=4)
        types = deck_plan(nb)
        print(json.dumps({"notebook": rel(path), **deck_summary(nb, types), "cells": types}))
    return 0


def cmd_clean(opts) -> int:
    import nbformat

    for path in find_notebooks(opts.notebooks):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
            cell.metadata.pop("execution", None)
        nb.metadata["kernelspec"] = dict(KERNEL)
        nb.metadata["language_info"] = dict(LANGUAGE_INFO)
        nbformat.write(nb, path)
        print(f"cleaned {rel(path)}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="execute notebooks in fresh tslab kernels")
    run.add_argument("notebooks", nargs="*")
    run.add_argument("--build", action="store_true", help="write executed notebooks and HTML pages to build/")
    run.add_argument("--jobs", type=int, default=int(os.environ.get("LOSSLAB_JOBS", "1")),
                     help="notebooks run at once (default 1, or LOSSLAB_JOBS)")
    run.add_argument("--save", metavar="DIR", help="also write the executed notebooks to DIR")
    run.add_argument("--timeout", type=int, default=600, help="seconds a cell may take (default 600)")
    run.add_argument("--committed", action="store_true",
                     help="run each notebook as git's index has it, not the working copy (npm test)")
    check = sub.add_parser("check", help="run one exercise (its number or path) and print the checker's verdicts")
    check.add_argument("exercise")
    check.add_argument("--timeout", type=int, default=600, help="seconds a cell may take (default 600)")
    clean = sub.add_parser("clean", help="strip outputs and set the tslab kernel in notebook metadata")
    clean.add_argument("notebooks", nargs="*")
    tags = sub.add_parser("slide-tags", help="add lecture-mode slide metadata to lessons that lack it")
    tags.add_argument("notebooks", nargs="*")
    tags.add_argument("--force", action="store_true", help="replace existing slide metadata too")
    plan = sub.add_parser("slide-plan", help="print each lesson's curated deck (slides, notes, cell types) as JSON lines")
    plan.add_argument("notebooks", nargs="*")
    index = sub.add_parser("index", help="rewrite the site's index.html from the pages already built (no kernel)")
    index.add_argument("--site", default=str(ROOT / "build" / "site"), help="the built site (default build/site)")
    opts = parser.parse_args(argv)
    commands = {"run": cmd_run, "check": cmd_check, "clean": cmd_clean, "slide-tags": cmd_slide_tags, "slide-plan": cmd_slide_plan,
                "index": cmd_index}
    return commands[opts.command](opts)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
