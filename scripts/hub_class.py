#!/usr/bin/env python3
"""A class of simulated students on the course's hub (issue 18), all at once, measured.

Starts JupyterHub with python/jupyterhub_config.py (through tests/hub/jupyterhub_test_config.py, which
swaps in DummyAuthenticator: the only change) on free localhost ports, with its state in a scratch folder
under build/. Then every student, concurrently, as a browser would:
  signs in through the login form (XSRF token and cookies), asks the hub's REST API for a token of their
  own, starts their server, checks that it holds their own copy of the course and nobody else's, runs a
  lesson cell by cell over the kernel's websocket channels, and tries to reach the other students' files
  (through their own server with "..", and through the other's server with their own token).
Meanwhile /proc is sampled for the resident memory (RSS) of each student's single-user server and of its
kernel (the server's descendants). Prints one line per student and writes every figure as JSON (--json).
Exits 1 if a run failed or one student could reach another's files. Nothing leaves this machine.

Usage: .venv/bin/python scripts/hub_class.py [--students 4] [--lesson notebooks/01_l1_l2_and_huber.ipynb]
                                             [--json build/hub-class.json] [--keep]
"""
import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import aiohttp
from yarl import URL

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
CELL_TIMEOUT = 180  # seconds one cell may take with the whole class on two cores


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- /proc: each student's server and kernel processes --------------------------------------------
def read_stat(pid: int):
    """(parent pid, resident bytes, CPU seconds) of one process, or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    # after the command: state ppid ... utime(12th) stime(13th) ... rss(22nd), counted from state
    return int(fields[1]), int(fields[21]) * PAGE, (int(fields[11]) + int(fields[12])) / TICKS


def processes():
    table = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            info = read_stat(int(name))
            if info:
                table[int(name)] = info
    return table


def subtree(table, pid):
    """Every descendant of pid (not pid itself)."""
    found, frontier = [], [pid]
    while frontier:
        frontier = [p for p, (parent, _, _) in table.items() if parent in frontier]
        found += frontier
    return found


def server_pids(state: Path):
    """{user name: pid} of the single-user servers whose folder is under this hub's state."""
    servers = {}
    users = str(state / "users") + os.sep
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            cmd = Path(f"/proc/{name}/cmdline").read_bytes().split(b"\0")
            if not any(part.endswith(b"jupyterhub-singleuser") for part in cmd[:2]):
                continue
            cwd = os.readlink(f"/proc/{name}/cwd")
        except OSError:
            continue
        if cwd.startswith(users):
            servers[cwd[len(users):].split(os.sep)[0]] = int(name)
    return servers


class MemorySampler:
    """Peak RSS per student of the server process and of its kernel (sum over the server's descendants)."""

    def __init__(self, state: Path):
        self.state = state
        self.peak = {}

    def sample(self):
        table = processes()
        now = {}
        for user, pid in server_pids(self.state).items():
            if pid not in table:
                continue
            kernel = sum(table[p][1] for p in subtree(table, pid) if p in table)
            cpu = table[pid][2] + sum(table[p][2] for p in subtree(table, pid) if p in table)
            now[user] = {"server_rss": table[pid][1], "kernel_rss": kernel, "cpu_seconds": cpu}
            peak = self.peak.setdefault(user, {"server_rss": 0, "kernel_rss": 0, "total_rss": 0})
            peak["server_rss"] = max(peak["server_rss"], table[pid][1])
            peak["kernel_rss"] = max(peak["kernel_rss"], kernel)
            peak["total_rss"] = max(peak["total_rss"], table[pid][1] + kernel)
        return now

    async def run(self, stop: asyncio.Event):
        while not stop.is_set():
            self.sample()
            try:
                await asyncio.wait_for(stop.wait(), 0.25)
            except asyncio.TimeoutError:
                pass


# --- the students' system users (a hub run as root: python/jupyterhub_config.py) --------------------
STUDENT_MARK = "losslab hub student"  # python/jupyterhub_config.py's mark of the users it creates


def uid_processes(uid: int):
    """The pids whose real uid is uid."""
    pids = []
    for name in os.listdir("/proc"):
        try:
            if name.isdigit() and int(Path(f"/proc/{name}/status").read_text().split("\nUid:")[1].split()[0]) == uid:
                pids.append(int(name))
        except (OSError, IndexError, ValueError):
            pass
    return pids


def remove_system_users(state: Path, names, wait=60):
    """userdel of every student system user the hub created for this state folder (its home is under it): what
    a test hub leaves. Users of another hub (another home) and any other system user are left alone. A server the
    stopped hub left running (it stops them one by one, slowly under load) gets `wait` seconds to end, then
    SIGKILL: every process of such a user is this test hub's. Returns {name: why userdel failed}."""
    import pwd
    failed = {}
    for name in names:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        if entry.pw_gecos != STUDENT_MARK or not entry.pw_dir.startswith(str(state) + os.sep):
            continue
        until = time.monotonic() + wait
        while uid_processes(entry.pw_uid) and time.monotonic() < until:
            time.sleep(0.5)
        for pid in uid_processes(entry.pw_uid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.2 if uid_processes(entry.pw_uid) else 0)
        done = subprocess.run(["userdel", name], capture_output=True, text=True)
        if done.returncode != 0:
            failed[name] = done.stderr.strip()
    return failed


def server_uids(state: Path):
    """{user name: the uid their single-user server runs as}."""
    uids = {}
    for user, pid in server_pids(state).items():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        uids[user] = int(re.search(r"^Uid:\s+\d+\s+(\d+)", status, re.M).group(1))  # the effective uid
    return uids


# --- the hub ---------------------------------------------------------------------------------------
TEST_CONFIG = ROOT / "tests" / "hub" / "jupyterhub_test_config.py"
REAL_CONFIG = ROOT / "python" / "jupyterhub_config.py"


class Hub:
    def __init__(self, state: Path, config: Path = TEST_CONFIG, env=None):
        self.state = state
        self.config = config
        self.extra_env = env or {}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = state / "jupyterhub.log"
        self.proc = None

    def start(self):
        shutil.rmtree(self.state, ignore_errors=True)
        self.state.mkdir(parents=True)
        env = dict(os.environ, LOSSLAB_HUB_STATE=str(self.state), LOSSLAB_HUB_PORT=str(self.port),
                   LOSSLAB_HUB_API_PORT=str(free_port()), LOSSLAB_HUB_PROXY_API_PORT=str(free_port()),
                   **self.extra_env)
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "jupyterhub"), "-f", str(self.config)],
            cwd=self.state, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    async def wait_ready(self, http: aiohttp.ClientSession, seconds=90):
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterHub exited early (code {self.proc.returncode}):\n{self.log_text()}")
            try:
                async with http.get(f"{self.url}/hub/api/") as r:
                    if r.status == 200:
                        return (await r.json())["version"]
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)
        raise RuntimeError(f"JupyterHub did not answer at {self.url} within {seconds} s:\n{self.log_text()}")

    def log_text(self):
        self.log.flush()
        return self.log_path.read_text()[-4000:]

    def stop(self):
        """SIGTERM: JupyterHub stops every server it spawned and the proxy; SIGKILL what is left after 20 s."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.log.close()


# --- one student -------------------------------------------------------------------------------------
class Student:
    def __init__(self, name: str, hub: Hub):
        self.name = name
        self.hub = hub
        # aiohttp keeps no cookies of an IP host unless told: the hub is on 127.0.0.1
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.token = None
        self.session = None
        self.result = {"name": name}

    def auth(self, token=None):
        return {"Authorization": f"token {token or self.token}"}

    async def login_form(self, password: str, with_xsrf=True) -> int:
        """Posts the login form as a browser does; the status: 302 signed in, anything else refused."""
        async with self.http.get(f"{self.hub.url}/hub/login") as r:
            page = await r.text()
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page)
        if not xsrf:
            raise RuntimeError(f"{self.name}: the login page has no _xsrf field")
        self.xsrf = xsrf.group(1)
        data = {"username": self.name, "password": password}
        if with_xsrf:
            data["_xsrf"] = self.xsrf
        async with self.http.post(f"{self.hub.url}/hub/login", data=data, allow_redirects=False) as r:
            return r.status

    async def sign_in(self):
        status = await self.login_form(secrets.token_hex(8))
        if status != 302:
            raise RuntimeError(f"{self.name}: signing in answered {status}")
        # a token of one's own, asked for with the session cookie (and the XSRF header the hub requires)
        cookie = {c.key: c.value for c in self.http.cookie_jar}.get("_xsrf", self.xsrf)
        async with self.http.post(f"{self.hub.url}/hub/api/users/{self.name}/tokens", headers={"X-XSRFToken": cookie},
                                  json={"note": "class test", "expires_in": 3600}) as r:
            if r.status != 201:
                raise RuntimeError(f"{self.name}: asking for a token answered {r.status}: {await r.text()}")
            self.token = (await r.json())["token"]

    async def start_server(self):
        async with self.http.post(f"{self.hub.url}/hub/api/users/{self.name}/server", headers=self.auth()) as r:
            if r.status not in (201, 202):
                raise RuntimeError(f"{self.name}: starting the server answered {r.status}: {await r.text()}")
        until = time.monotonic() + 150
        while time.monotonic() < until:
            async with self.http.get(f"{self.hub.url}/hub/api/users/{self.name}", headers=self.auth()) as r:
                server = (await r.json()).get("servers", {}).get("")
            if server and server.get("ready"):
                return
            await asyncio.sleep(0.5)
        raise RuntimeError(f"{self.name}: the server was not ready within 150 s")

    def api(self, user=None):
        return f"{self.hub.url}/user/{user or self.name}/api"

    async def listing(self, path=""):
        async with self.http.get(f"{self.api()}/contents/{path}", headers=self.auth()) as r:
            if r.status != 200:
                raise RuntimeError(f"{self.name}: listing '{path}' answered {r.status}")
            return sorted(item["name"] for item in (await r.json())["content"])

    async def write_private(self):
        body = {"type": "file", "format": "text", "content": f"{self.name}'s answer"}
        async with self.http.put(f"{self.api()}/contents/private-{self.name}.txt", headers=self.auth(), json=body) as r:
            if r.status not in (200, 201):
                raise RuntimeError(f"{self.name}: saving a file answered {r.status}")

    async def try_to_reach(self, other: str):
        """The status of each attempt on another student's file: every one must be refused (4xx)."""
        target = f"private-{other}.txt"
        attempts = {
            "through one's own server, ../": f"{self.api()}/contents/..%2F{other}%2F{target}",
            "through one's own server, ../ unescaped": f"{self.api()}/contents/../{other}/{target}",
            "through the other's server with one's own token": f"{self.api(other)}/contents/{target}",
            "the other's server listing with one's own token": f"{self.api(other)}/contents",
        }
        answers = {}
        for what, url in attempts.items():
            # encoded=True: the client sends "../" as written instead of resolving it itself
            async with self.http.get(URL(url, encoded=True), headers=self.auth(), allow_redirects=False) as r:
                text = await r.text()
                # refused: a 4xx, or a redirect to the hub's login (no access), and never the file's text
                answers[what] = {"status": r.status, "leaked": f"{other}'s answer" in text}
        return answers

    async def run_lesson(self, lesson: str):
        """Every code cell in order, in a fresh tslab kernel, over the websocket; the first error stops the run."""
        cells = [c for c in json.loads((ROOT / lesson).read_text())["cells"] if c["cell_type"] == "code"]
        count, errors, _ = await self.run_cells(lesson, ["".join(cell["source"]) for cell in cells])
        self.result["cells_run"], self.result["cells"], self.result["errors"] = count, len(cells), errors

    async def run_cells(self, path: str, codes):
        """Runs codes in a fresh tslab kernel opened on path (the kernel starts in its folder), in order, until one
        fails: (how many ran, [the failure], what the cells printed)."""
        body = {"path": path, "type": "notebook", "name": Path(path).name, "kernel": {"name": "tslab"}}
        async with self.http.post(f"{self.api()}/sessions", headers=self.auth(), json=body) as r:
            if r.status != 201:
                raise RuntimeError(f"{self.name}: opening {path} answered {r.status}: {await r.text()}")
            session = await r.json()
        self.session = session["id"]
        kernel, session_id = session["kernel"]["id"], uuid.uuid4().hex
        ws_url = f"{self.api()}/kernels/{kernel}/channels?session_id={session_id}".replace("http:", "ws:")
        errors, count, printed = [], 0, ""
        async with self.http.ws_connect(ws_url, headers=self.auth(), max_msg_size=0, heartbeat=30) as ws:
            await self.request(ws, session_id, "kernel_info_request", {}, timeout=120)
            for code in codes:
                reply, failure, stdout = await self.request(ws, session_id, "execute_request", {
                    "code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True}, timeout=CELL_TIMEOUT)
                count += 1
                printed += stdout
                if reply["content"].get("status") != "ok" or failure:
                    errors.append(failure)
                    break
        return count, errors, printed

    async def request(self, ws, session_id, msg_type, content, timeout):
        msg_id = uuid.uuid4().hex
        await ws.send_json({
            "header": {"msg_id": msg_id, "msg_type": msg_type, "session": session_id, "username": self.name,
                       "version": "5.3", "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []})
        failure, reply, idle, stderr, stdout = None, None, False, "", ""
        reply_type = msg_type.replace("_request", "_reply")
        until = time.monotonic() + timeout
        # done when both the shell reply and the iopub "idle" have come: the error output may follow the reply
        while reply is None or not idle:
            left = until - time.monotonic()
            if left <= 0:
                raise RuntimeError(f"{self.name}: no {reply_type} within {timeout} s")
            msg = await ws.receive(timeout=left)
            if msg.type != aiohttp.WSMsgType.TEXT:
                raise RuntimeError(f"{self.name}: the kernel's websocket closed ({msg.type})")
            data = json.loads(msg.data)
            if data.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if data["msg_type"] == "error":
                failure = f"{data['content']['ename']}: {data['content']['evalue']}"
            elif data["msg_type"] == "stream" and data["content"].get("name") == "stderr":
                stderr += data["content"]["text"]  # tslab reports a cell's exception here, not as an "error"
            elif data["msg_type"] == "stream":
                stdout += data["content"]["text"]
            if data["channel"] == "shell" and data["msg_type"] == reply_type:
                reply = data
            if data["msg_type"] == "status" and data["content"].get("execution_state") == "idle":
                idle = True
        status = reply["content"].get("status", "ok")  # tslab's kernel_info_reply has none
        if status != "ok" and not failure:
            failure = stderr.strip()[:500] or reply["content"].get("evalue") or status
        return reply, failure, stdout

    async def stop(self):
        if self.token:
            if self.session:  # shutting the kernel down, as closing the notebook and its kernel does
                async with self.http.delete(f"{self.api()}/sessions/{self.session}", headers=self.auth()):
                    pass
            async with self.http.delete(f"{self.hub.url}/hub/api/users/{self.name}/server", headers=self.auth()):
                pass
        await self.http.close()


async def one_student(student: Student, lesson: str, start_line: asyncio.Barrier, sampler: MemorySampler):
    r = student.result
    try:
        t0 = time.monotonic()
        await student.sign_in()
        await student.start_server()
        r["spawn_seconds"] = time.monotonic() - t0
        r["own_listing"] = await student.listing()
        r["own_notebooks"] = await student.listing("notebooks")
        await student.write_private()
        await start_line.wait()  # every server is up and every private file written: the class starts at once
        t1 = time.monotonic()
        await student.run_lesson(lesson)
        r["lesson_seconds"] = time.monotonic() - t1
        r["wall_seconds"] = time.monotonic() - t0
        # the kernel is still alive here: memory and CPU seconds of this student's processes after the lesson
        r["after_lesson"] = sampler.sample().get(student.name)
    except Exception as e:  # reported per student; the others go on
        r["failure"] = str(e) or repr(e)
        await start_line.abort()  # the others stop waiting for this student at the start line
        raise


async def run_class(n: int, lesson: str, state: Path):
    hub = Hub(state)
    started = time.monotonic()
    hub.start()
    sampler = MemorySampler(state)
    report = {"students": [], "lesson": lesson, "machine": machine()}
    names = [f"student{i + 1}" for i in range(n)]
    students = []
    try:
        async with aiohttp.ClientSession() as http:
            report["jupyterhub"] = await hub.wait_ready(http)
        report["hub_start_seconds"] = time.monotonic() - started
        students = [Student(name, hub) for name in names]
        stop = asyncio.Event()
        memory = asyncio.create_task(sampler.run(stop))
        barrier = asyncio.Barrier(n)
        t0 = time.monotonic()
        outcomes = await asyncio.gather(*(one_student(s, lesson, barrier, sampler) for s in students),
                                        return_exceptions=True)
        report["class_seconds"] = time.monotonic() - t0
        # the hub runs as this driver's user; as root each student's server runs as their own system user
        report["hub_uid"], report["server_uids"] = os.getuid(), server_uids(state)
        for s, outcome in zip(students, outcomes):
            if isinstance(outcome, BaseException) and "failure" not in s.result:
                s.result["failure"] = repr(outcome)
        # every student tries every other student's file (after the runs, so the lesson timings are clean)
        for s in students:
            if "failure" not in s.result:
                s.result["reach_others"] = {o: await s.try_to_reach(o) for o in names if o != s.name}
        stop.set()
        await memory
        for s in students:
            s.result["peak"] = sampler.peak.get(s.name)
            report["students"].append(s.result)
    finally:
        for s in students:
            try:
                await s.stop()
            except Exception:
                pass
        stopping = time.monotonic()
        hub.stop()
        report["hub_stop_seconds"] = time.monotonic() - stopping
        left = server_pids(state)
        report["left_running"] = sorted(left)
        for pid in left.values():  # reported as a failure above; ended here so that none outlives the test
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        report["system_users_not_removed"] = remove_system_users(state, names)
    return report


async def check_auth(state: Path):
    """The hub as `npm run hub` configures it (FirstUseAuthenticator): who may sign in, and how."""
    hub = Hub(state, REAL_CONFIG, {"LOSSLAB_HUB_STUDENTS": "alice"})
    hub.start()
    answers = {}
    try:
        async with aiohttp.ClientSession() as http:
            await hub.wait_ready(http)
        # one browser each: a fresh cookie jar for every attempt
        clients = []

        async def attempt(name, password, with_xsrf=True):
            clients.append(Student(name, hub))
            return await clients[-1].login_form(password, with_xsrf)

        password, other = secrets.token_hex(8), secrets.token_hex(8)
        try:
            answers["a name not on the roster"] = await attempt("mallory", password)
            answers["a listed student, first sign-in, 7-character password"] = await attempt("alice", "1234567")
            # had it gone through, it would have set `other` as alice's password and the next line would fail
            answers["a listed student, first sign-in without the form's XSRF field"] = await attempt("alice", other, False)
            answers["a listed student, first sign-in, sets the password"] = await attempt("alice", password)
            answers["the same student, another password"] = await attempt("alice", other)
            answers["the same student, the password set"] = await attempt("alice", password)
            anonymous = clients[0].http  # mallory's browser: never signed in
            async with anonymous.get(f"{hub.url}/hub/api/users") as r:
                answers["the REST API without a token"] = r.status
            async with anonymous.get(f"{hub.url}/hub/api/users", headers={"Authorization": "token " + secrets.token_hex(16)}) as r:
                answers["the REST API with a made-up token"] = r.status
        finally:
            for client in clients:
                await client.http.close()
    finally:
        hub.stop()
    return answers


def machine():
    load = os.getloadavg()
    mem = {k: int(v.split()[0]) * 1024 for k, v in
           (line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines()) if k in ("MemTotal",)}
    return {"cores": os.cpu_count(), "memory_bytes": mem["MemTotal"], "load_at_start": load[0],
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def failures(report):
    found = []
    for s in report["students"]:
        if "failure" in s:
            found.append(f"{s['name']}: {s['failure']}")
            continue
        if s["errors"] or s["cells_run"] != s["cells"]:
            found.append(f"{s['name']}: the lesson stopped at cell {s['cells_run']} of {s['cells']}: {s['errors']}")
        others = [o["name"] for o in report["students"] if o["name"] != s["name"]]
        leaks = [o for o in others if f"private-{o}.txt" in s["own_listing"] or o in s["own_listing"]]
        if leaks:
            found.append(f"{s['name']}'s server lists other students' files: {leaks}")
        for other, answers in s.get("reach_others", {}).items():
            for what, a in answers.items():
                if a["leaked"] or a["status"] < 300 or a["status"] >= 500:
                    found.append(f"{s['name']} reached {other}'s file {what}: {a['status']}")
    if report.get("left_running"):
        found.append(f"servers left running after the hub stopped: {report['left_running']}")
    if report.get("system_users_not_removed"):
        found.append(f"system users the hub created and userdel could not remove: {report['system_users_not_removed']}")
    if report.get("hub_uid") == 0:
        uids = report["server_uids"]
        if sorted(uids) != sorted(s["name"] for s in report["students"]) or 0 in uids.values() or \
                len(set(uids.values())) != len(uids):
            found.append(f"a hub run as root must run each student's server as their own system user: {uids}")
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--students", type=int, default=4)
    ap.add_argument("--lesson", default="notebooks/01_l1_l2_and_huber.ipynb")
    ap.add_argument("--json", help="write the report here")
    ap.add_argument("--state", default=str(ROOT / "build" / "hub-class"), help="the hub's scratch state folder")
    ap.add_argument("--keep", action="store_true", help="keep the state folder (the students' copies, the hub's log)")
    ap.add_argument("--auth-only", action="store_true",
                    help="only check sign-in on the hub as `npm run hub` configures it (FirstUseAuthenticator), no class")
    opts = ap.parse_args()
    if opts.students < 1:
        ap.error("--students must be 1 or more")
    if not (ROOT / opts.lesson).is_file():
        ap.error(f"--lesson {opts.lesson}: no such notebook")
    state = Path(opts.state).resolve()
    if opts.auth_only:
        answers = asyncio.run(check_auth(state))
        if opts.json:
            Path(opts.json).write_text(json.dumps(answers, indent=1))
        for what, status in answers.items():
            print(f"  {what}: {status}")
        shutil.rmtree(state, ignore_errors=True)
        return
    report = asyncio.run(run_class(opts.students, opts.lesson, state))
    report["failures"] = failures(report)
    if opts.json:
        Path(opts.json).parent.mkdir(parents=True, exist_ok=True)
        Path(opts.json).write_text(json.dumps(report, indent=1))
    mib = 1 / 2**20
    print(f"{report['machine']['cores']} cores, load {report['machine']['load_at_start']:.1f}, "
          f"JupyterHub {report.get('jupyterhub')}, {opts.students} students, {opts.lesson}, "
          f"class done in {report.get('class_seconds', 0):.1f} s")
    for s in report["students"]:
        if "failure" in s:
            print(f"  {s['name']}: FAILED {s['failure']}")
            continue
        p, a = s["peak"] or {}, s.get("after_lesson") or {}
        print(f"  {s['name']}: sign-in + spawn {s['spawn_seconds']:.1f} s, lesson {s['lesson_seconds']:.1f} s "
              f"({s['cells_run']}/{s['cells']} cells), wall {s['wall_seconds']:.1f} s; peak RSS server "
              f"{p.get('server_rss', 0) * mib:.0f} MiB + kernel {p.get('kernel_rss', 0) * mib:.0f} MiB; "
              f"CPU {a.get('cpu_seconds', 0):.1f} s")
    for f in report["failures"]:
        print(f"  FAILURE {f}")
    if not opts.keep and not report["failures"]:
        shutil.rmtree(state, ignore_errors=True)
    sys.exit(1 if report["failures"] else 0)


if __name__ == "__main__":
    main()
