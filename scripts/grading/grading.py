#!/usr/bin/env python3
"""The teacher's grading commands (issue 27), nbgrader with the course's configuration (python/nbgrader_config.py).

  generate [NAME ...]   nbgrader source assignments from notebooks/exercises/ (scripts/grading/generate.py), then
                        `nbgrader generate_assignment` (the student's copy, solutions and hidden tests removed)
  release NAME          into the exchange: every student on the hub may fetch it
  collect NAME          the students' submissions from the exchange into the course's submitted/
  autograde NAME        runs every submission in a fresh tslab kernel, records the points in the gradebook
  feedback NAME         `nbgrader generate_feedback` then `release_feedback`: each student's HTML report, to fetch
  export [FILE]         the gradebook as CSV (default: COURSE/grades.csv)
The course folder is .grading/course (LOSSLAB_GRADING_COURSE), the exchange .hub/exchange (LOSSLAB_GRADING_EXCHANGE).
"""
import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as generator  # noqa: E402

NBGRADER = ROOT / ".venv" / "bin" / "nbgrader"


def course() -> Path:
    return Path(os.environ.get("LOSSLAB_GRADING_COURSE", ROOT / ".grading" / "course")).resolve()


def exchange() -> Path:
    """nbgrader's exchange, as python/nbgrader_config.py names it."""
    state = os.environ.get("LOSSLAB_HUB_STATE", ROOT / ".hub")
    return Path(os.environ.get("LOSSLAB_GRADING_EXCHANGE", Path(state) / "exchange")).resolve()


def nbgrader(*args):
    env = dict(os.environ, JUPYTER_CONFIG_PATH=str(ROOT / "python" / "nbgrader" / "teacher"),
               PATH=f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")  # alembic
    env.pop("JUPYTERHUB_USER", None)  # the teacher's commands act for the course, never as one student
    course().mkdir(parents=True, exist_ok=True)
    # the teacher's alone: its source/ holds the solutions and hidden tests, gradebook.db the grades (on a hub run
    # as root, every student is another system user and reads nothing in it)
    course().chmod(0o700)
    print("grading: nbgrader " + " ".join(args), flush=True)
    done = subprocess.run([str(NBGRADER), *args], cwd=course(), env=env)
    if done.returncode != 0:
        sys.exit(f"grading: nbgrader {args[0]} failed (exit {done.returncode})")


def one(args, command):
    if len(args) != 1:
        sys.exit(f"grading: {command} takes one assignment name (an exercise, e.g. 01_huber_loss)")
    return args[0]


def main(argv):
    if not argv or argv[0] not in {"generate", "release", "collect", "autograde", "feedback", "export"}:
        sys.exit(__doc__)
    command, args = argv[0], argv[1:]
    if command == "generate":
        names = args or sorted(p.stem for p in generator.EXERCISES.glob("*.ipynb"))
        for name in names:
            generator.generate(name, course())
            nbgrader("generate_assignment", name, "--force")
    elif command == "release":
        nbgrader("release_assignment", one(args, command), "--force")
        # nbgrader made the exchange 0777 if it was not; sticky too (nbgrader compares only the 0777 bits), so no
        # student can rename or remove the course's folder in it
        mode = exchange().stat()
        if mode.st_uid == os.getuid() or os.getuid() == 0:  # only its owner (or root) may; nbgrader needs no more
            exchange().chmod(mode.st_mode & 0o7777 | stat.S_ISVTX)
    elif command == "collect":
        nbgrader("collect", one(args, command), "--update")
    elif command == "autograde":
        nbgrader("autograde", one(args, command), "--force")
    elif command == "feedback":
        name = one(args, command)
        nbgrader("generate_feedback", name, "--force")
        nbgrader("release_feedback", name)
    elif command == "export":
        out = Path(args[0]).resolve() if args else course() / "grades.csv"
        nbgrader("export", "--to", str(out))


if __name__ == "__main__":
    main(sys.argv[1:])
