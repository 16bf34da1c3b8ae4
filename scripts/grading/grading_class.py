#!/usr/bin/env python3
"""A class that hands in an exercise through the hub and nbgrader, graded and returned (issue 27).

The teacher's commands (scripts/grading/grading.py) generate and release ASSIGNMENT into an exchange under a scratch
hub state (build/grading-class/); JupyterHub starts with python/jupyterhub_config.py (DummyAuthenticator through
tests/hub/jupyterhub_test_config.py, as scripts/hub_class.py does); then, all at once, each simulated student signs
in, starts their server and, through the hub (their server's nbgrader API behind the hub's proxy, with their own
token), fetches the assignment, writes their answer into the fetched notebook (contents API), validates it
(nbgrader's Validate) and submits it:
  full    the solution's answers (the source notebook's solution regions)
  none    the fetched notebook untouched
  part    only the first answer cell
  throws  the first answer cell replaced by a statement that throws
  (more students, with --students, repeat the four)
Each student also tries to read the others' submissions, the exchange's inbound folder, the source notebook with
its hidden tests and the gradebook through their own server, and looks for the formgrader; then, with their own
code (TypeScript in a kernel of theirs, Node's fs), tries to list or read others' homes and submissions, the
inbound, the course folder, the hidden tests, the gradebook and the hub's database, and their own work and the
released assignment: the outcome of each (read, or the error's code) and the kernel's uid are reported. Run as
root, the hub runs every student as their own system user ("os" isolation, python/jupyterhub_config.py); the users
it created for this run are removed at the end. Then the teacher
collects, autogrades (tslab), generates and releases feedback and exports the CSV; each student fetches their
feedback through the hub. Writes every figure as JSON (--json). Exits 1 when something failed.
"""
import argparse
import asyncio
import csv
import json
import os
import re
import resource
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

from yarl import URL

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from hub_class import Hub, MemorySampler, Student, remove_system_users, server_uids  # noqa: E402

COURSE_ID = "losslab"
KINDS = ["full", "none", "part", "throws"]
THROWS = 'throw new Error("my answer blew up");'


CPU = {}  # CPU seconds of each teacher command (with its kernels), by command


def teacher(*args, env):
    t0 = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "scripts" / "grading" / "grading.py"),
                           *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"grading.py {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[args[0]] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return time.monotonic() - t0


def answers(source_nb):
    """{grade_id: the solution's text of that cell} from the source notebook, markers removed."""
    out = {}
    for cell in source_nb["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if meta.get("solution"):
            lines = cell["source"].split("\n")
            out[meta["grade_id"]] = "\n".join(
                line for line in lines
                if line.strip() not in ("// BEGIN SOLUTION", "// END SOLUTION")
                and not line.strip().startswith("// the exercise's starting point:"))
    return out


def answer(nb, kind, solutions):
    first = True
    for cell in nb["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if not meta.get("solution"):
            continue
        if kind == "full" or (kind == "part" and first):
            cell["source"] = solutions[meta["grade_id"]]
        elif kind == "throws" and first:
            cell["source"] = THROWS
        first = False
    return nb


class GradingStudent(Student):
    async def call(self, method, url, **kw):
        async with self.http.request(method, url, headers=self.auth(), allow_redirects=False, **kw) as r:
            return r.status, await r.text()

    async def nbgrader(self, action, assignment):
        status, text = await self.call("POST", f"{self.hub.url}/user/{self.name}/assignments/{action}",
                                       data={"course_id": COURSE_ID, "assignment_id": assignment})
        if status != 200:
            raise RuntimeError(f"{self.name}: {action} answered {status}: {text[:500]}")
        body = json.loads(text)
        if isinstance(body, dict) and not body.get("success", True):
            raise RuntimeError(f"{self.name}: {action} failed: {body.get('value', body)}")
        return body

    async def contents(self, path):
        status, text = await self.call("GET", f"{self.api()}/contents/{path}")
        if status != 200:
            raise RuntimeError(f"{self.name}: reading {path} answered {status}")
        return json.loads(text)

    async def probe(self, path, attempts):
        """Runs TypeScript in a kernel of the student's own (opened on path), which tries each attempt
        ({what: ["list" or "read", absolute path]}) with Node's fs as any code of the student's could: {what: "read"
        or the error's code (EACCES: the operating system refused)}, and the kernel's uid."""
        code = (
            'import * as fs from "fs";\n'
            f"const attempts: Record<string, [string, string]> = {json.dumps(attempts)};\n"
            "const outcome: Record<string, string> = {};\n"
            "for (const [what, [how, target]] of Object.entries(attempts)) {\n"
            '  try { if (how === "list") fs.readdirSync(target); else fs.readFileSync(target); outcome[what] = "read"; }\n'
            "  catch (e) { outcome[what] = (e as NodeJS.ErrnoException).code ?? String(e); }\n"
            "}\n"
            'console.log("PROBE " + JSON.stringify({ uid: process.getuid!(), outcome }));\n')
        try:
            count, errors, printed = await self.run_cells(path, [code])
        finally:
            if self.session:  # the probe's kernel shut down, as closing the notebook does
                await self.call("DELETE", f"{self.api()}/sessions/{self.session}")
                self.session = None
        line = next((l for l in printed.splitlines() if l.startswith("PROBE ")), None)
        if errors or line is None:
            raise RuntimeError(f"{self.name}: the probe's cell failed: {errors} {printed[-500:]}")
        return json.loads(line[len("PROBE "):])

    async def reach(self, relative):
        """A path outside the student's folder, through their own server: the status, never the file."""
        status, text = await self.call("GET", URL(f"{self.api()}/contents/{relative}", encoded=True))
        return {"status": status, "leaked": status == 200}


def kernel_attempts(name, other, assignment, base: Path):
    """What a student's own code tries to read (absolute paths), {what: [how, path]}: what must be refused, then what
    must be readable."""
    state, course, exchange = base / "hub", base / "course", base / "exchange" / COURSE_ID
    own, theirs = state / "users" / name, state / "users" / other
    cache = Path(".local", "share", "jupyter", "nbgrader_cache", COURSE_ID)  # nbgrader keeps each submission here
    refused = {
        "another student's folder": ["list", theirs],
        "another student's notebook": ["read", theirs / assignment / f"{assignment}.ipynb"],
        "another student's submissions (their nbgrader cache)": ["list", theirs / cache],
        "the exchange's inbound (everyone's submissions)": ["list", exchange / "inbound"],
        "the course folder": ["list", course],
        "the source notebook (hidden tests)": ["read", course / "source" / assignment / f"{assignment}.ipynb"],
        "the gradebook": ["read", course / "gradebook.db"],
        "the hub's database": ["read", state / "jupyterhub.sqlite"],
    }
    readable = {
        "one's own notebook": ["read", own / assignment / f"{assignment}.ipynb"],
        "one's own submissions (nbgrader cache)": ["list", own / cache],
        "the released assignment": ["list", exchange / "outbound" / assignment],
        "the released notebook": ["read", exchange / "outbound" / assignment / f"{assignment}.ipynb"],
    }
    return {what: [how, str(path)] for what, (how, path) in {**refused, **readable}.items()}, list(readable)


async def one_student(s: GradingStudent, kind, assignment, solutions, secrets, others, r, base: Path):
    t0 = time.monotonic()
    await s.sign_in()
    await s.start_server()
    r["spawn_seconds"] = time.monotonic() - t0
    listed = await s.nbgrader("fetch", assignment)
    r["listed_after_fetch"] = sorted({a.get("assignment_id") for a in listed.get("value", [])} if isinstance(listed, dict) else [])
    nb_path = f"{assignment}/{assignment}.ipynb"
    fetched = (await s.contents(nb_path))["content"]
    text = json.dumps(fetched)
    r["fetched_has"] = {name: secret in text for name, secret in secrets.items()}
    body = {"type": "notebook", "format": "json", "content": answer(fetched, kind, solutions)}
    status, _ = await s.call("PUT", f"{s.api()}/contents/{nb_path}", json=body)
    if status not in (200, 201):
        raise RuntimeError(f"{s.name}: saving the answer answered {status}")
    # nbgrader's Validate, as the student's button runs it (their server, the tslab executor): failing test cells
    status, text = await s.call("POST", f"{s.hub.url}/user/{s.name}/assignments/validate", data={"path": nb_path})
    checked = json.loads(text) if status == 200 else {"success": False, "value": f"HTTP {status}"}
    value = checked.get("value")
    r["validate"] = {"success": checked.get("success"), "error": None if checked.get("success") else str(value)[:500],
                     "failed": [f["source"] for f in value.get("failed", [])] if isinstance(value, dict) else None}
    await s.nbgrader("submit", assignment)
    r["submitted_seconds"] = time.monotonic() - t0
    # the student's own server, asked for what lies outside the student's folder
    users_up = "..%2F" * 3  # STATE/users/NAME -> build/grading-class (the course, the exchange)
    r["reach"] = {
        "the exchange's inbound (others' submissions)": await s.reach(f"{users_up}exchange%2F{COURSE_ID}%2Finbound"),
        "another student's folder": await s.reach(f"..%2F{others[0]}%2F{assignment}%2F{assignment}.ipynb"),
        "the source notebook (hidden tests)": await s.reach(
            f"{users_up}course%2Fsource%2F{assignment}%2F{assignment}.ipynb"),
        "the gradebook": await s.reach(f"{users_up}course%2Fgradebook.db"),
    }
    # the student's own code, in a kernel of theirs: what the operating system lets it read
    attempts, r["kernel_readable"] = kernel_attempts(s.name, others[0], assignment, base)
    probed = await s.probe(f"{assignment}/{assignment}.ipynb", attempts)
    r["kernel_uid"], r["kernel_reach"] = probed["uid"], probed["outcome"]
    await nbgrader_parts(s, r)


async def nbgrader_parts(s, r):
    """Whether this user's server has the formgrader, and which of nbgrader's JupyterLab plugins it switches off."""
    status, _ = await s.call("GET", f"{s.hub.url}/user/{s.name}/formgrader")
    r["formgrader_status"] = status
    status, page = await s.call("GET", f"{s.hub.url}/user/{s.name}/lab")
    r["lab_disables"] = sorted(p for p in ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                                           "@jupyter/nbgrader:course-list", "@jupyter/nbgrader:assignment-list")
                               if f'"{p}"' in page.split('"disabledExtensions"', 1)[-1].split("}", 1)[0])


async def run_class(n, assignment, base: Path, env):
    report = {"assignment": assignment, "students": [], "failures": [], "timings": {}}
    course, state = base / "course", base / "hub"
    t = time.monotonic()
    report["timings"]["generate"] = teacher("generate", assignment, env=env)
    report["timings"]["release"] = teacher("release", assignment, env=env)
    source_nb = json.loads((course / "source" / assignment / f"{assignment}.ipynb").read_text())
    solutions = answers(source_nb)
    first_cell = next(c["source"] for c in source_nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
    region = first_cell.split("// BEGIN SOLUTION\n", 1)[1].split("\n")
    first_solution = next(line.strip() for line in region if line.strip() and not line.strip().startswith("//"))
    secrets = {"hidden tests": "BEGIN HIDDEN TESTS", "mustPass": "mustPass: true", "a solution line": first_solution}
    report["points_per_test"] = [c["metadata"]["nbgrader"]["points"] for c in source_nb["cells"]
                                 if c["metadata"].get("nbgrader", {}).get("grade")]
    hub = Hub(state, env={k: env[k] for k in ("LOSSLAB_GRADING_COURSE", "LOSSLAB_GRADING_EXCHANGE")})
    names = [f"student{i + 1}" for i in range(n)]
    kinds = {name: KINDS[i % 4] for i, name in enumerate(names)}
    students, lecturer = [], None
    hub.start()
    try:
        import aiohttp
        async with aiohttp.ClientSession() as http:
            report["jupyterhub"] = await hub.wait_ready(http)
        students = [GradingStudent(name, hub) for name in names]
        results = {s.name: {"name": s.name, "kind": kinds[s.name]} for s in students}
        sampler = MemorySampler(state)  # peak RSS of each student's server and its kernels (Validate's)
        stop = asyncio.Event()
        memory = asyncio.create_task(sampler.run(stop))
        t0 = time.monotonic()
        outcomes = await asyncio.gather(*(one_student(s, kinds[s.name], assignment, solutions, secrets,
                                                      [o for o in names if o != s.name], results[s.name], base)
                                          for s in students), return_exceptions=True)
        report["timings"]["class_submits"] = time.monotonic() - t0
        # the hub runs as this driver's user: as root ("os") every student's server runs as their own system user,
        # otherwise ("file-api") as the hub's user, kept apart by the servers' file API only
        report["hub_uid"] = os.getuid()
        report["isolation"] = "os" if os.getuid() == 0 else "file-api"
        report["server_uids"] = server_uids(state)
        now = sampler.sample()
        stop.set()
        await memory
        for s in students:
            results[s.name]["peak"] = sampler.peak.get(s.name)
            results[s.name]["cpu_seconds"] = (now.get(s.name) or {}).get("cpu_seconds")
        for s, outcome in zip(students, outcomes):
            if isinstance(outcome, BaseException):
                results[s.name]["failure"] = str(outcome) or repr(outcome)
        # the teacher (the hub's admin) signs in too: their server has all of nbgrader
        lecturer = GradingStudent("teacher", hub)
        report["teacher"] = {}
        try:
            await lecturer.sign_in()
            await lecturer.start_server()
            await nbgrader_parts(lecturer, report["teacher"])
        except Exception as e:
            report["teacher"]["failure"] = str(e) or repr(e)
        for step in ("collect", "autograde", "feedback"):
            report["timings"][step] = teacher(step, assignment, env=env)
        csv_path = base / "grades.csv"
        report["timings"]["export"] = teacher("export", str(csv_path), env=env)
        with open(csv_path, newline="") as f:
            report["grades"] = [{k: row[k] for k in ("assignment", "student_id", "raw_score", "score", "max_score")}
                                for row in csv.DictReader(f)]
        for s in students:
            r = results[s.name]
            if "failure" in r:
                continue
            try:
                await s.nbgrader("fetch_feedback", assignment)
                folder = await s.contents(f"{assignment}/feedback")
                stamps = [item["name"] for item in folder["content"]]
                html = (await s.contents(f"{assignment}/feedback/{stamps[0]}/{assignment}.html"))["content"]
                text = unescape(re.sub(r"<[^>]+>", "", html))
                errors = [m.start() for m in re.finditer("TslabError: ", html)]
                cells = [(m.start(), m.group(1)) for m in re.finditer(r'<a name="(?:comment-)?((?:solution|test)_\d+)">', html)]
                r["feedback"] = {"folders": len(stamps), "bytes": len(html),
                                 "first_error_cell": next((c for at, c in reversed(cells) if errors and at < errors[0]), None),
                                 "throws_message": "my answer blew up" in html,
                                 # the text a reader sees (the highlighted code is split into spans)
                                 "shows": {name: secret in text for name, secret in secrets.items()},
                                 "score_line": next((line.strip() for line in html.split("\n")
                                                     if "Score:" in line), "")}
            except Exception as e:
                r["failure"] = f"feedback: {e}"
        report["students"] = [results[s.name] for s in students]
    finally:
        # every student's kernel and server stopped (errors ignored: the hub stops what is left)
        await asyncio.gather(*(s.stop() for s in students + ([lecturer] if lecturer else [])), return_exceptions=True)
        hub.stop()
        report["system_users_not_removed"] = remove_system_users(state, names)
    report["timings"]["total"] = time.monotonic() - t
    report["teacher_cpu_seconds"] = dict(CPU)
    # everything this driver started and waited for (the hub, the proxy, the students' servers and their Validate
    # kernels, the teacher's commands and their kernels), less the teacher's: the class side of the CPU
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    report["class_cpu_seconds"] = used.ru_utime + used.ru_stime - sum(CPU.values())
    report["failures"] = [f"{r['name']}: {r['failure']}" for r in report["students"] if "failure" in r] + \
        [f"system users not removed: {report['system_users_not_removed']}"] * bool(report["system_users_not_removed"])
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--students", type=int, default=4)
    ap.add_argument("--assignment", default="01_huber_loss")
    ap.add_argument("--json", type=Path, default=ROOT / "build" / "grading-class.json")
    args = ap.parse_args()
    if args.students < 4:
        sys.exit("grading_class: at least 4 students (one of each kind)")
    base = ROOT / "build" / "grading-class"
    import shutil
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    env = dict(os.environ, LOSSLAB_GRADING_COURSE=str(base / "course"),
               LOSSLAB_GRADING_EXCHANGE=str(base / "exchange"))
    report = asyncio.run(run_class(args.students, args.assignment, base, env))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1))
    for r in report["students"]:
        fb = r.get("feedback", {})
        print(f"{r['name']} ({r['kind']}): {r.get('failure') or 'submitted'}; feedback {fb.get('score_line', '-')}")
    print("grades:", [(g["student_id"], g["score"], g["max_score"]) for g in report.get("grades", [])])
    print(f"isolation: {report.get('isolation')} (hub uid {report.get('hub_uid')}, servers' uids "
          f"{report.get('server_uids')})")
    for r in report["students"]:
        print(f"{r['name']}'s kernel (uid {r.get('kernel_uid')}):", r.get("kernel_reach"))
    print("timings (s):", {k: round(v, 1) for k, v in report["timings"].items()})
    print("teacher CPU (s):", {k: round(v, 1) for k, v in report.get("teacher_cpu_seconds", {}).items()},
          f"class side (hub, proxy, servers, Validate kernels): {report.get('class_cpu_seconds', 0):.1f} CPU s")
    for r in report["students"]:
        if r.get("peak"):
            print(f"{r['name']}: peak server {r['peak']['server_rss'] / 2**20:.0f} MiB + kernels "
                  f"{r['peak']['kernel_rss'] / 2**20:.0f} MiB, server {r.get('cpu_seconds') or 0:.1f} CPU s")
    sys.exit(1 if report["failures"] else 0)


if __name__ == "__main__":
    main()
