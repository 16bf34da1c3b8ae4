# JupyterHub for a class (issue 18): `npm run hub` serves the course on localhost to several students, each
# with their own copy of the notebooks and the TypeScript kernel. Two modes, chosen by who runs the hub:
# - as root (a class machine, a container, CI): every student's single-user server and kernels run as that
#   student's own unprivileged system user (created here on their first spawn with `useradd --system`, marked
#   "losslab hub student"), in a home folder 0700 of their own, so the operating system keeps a student's code out
#   of the others' homes, the teacher's course folder (hidden tests, gradebook) and the hub's own files. The
#   teacher's server (the hub's admin) runs as the hub's user, root: it grades from the course folder.
# - as anyone else (a developer's machine): every server is a process of that one user (SimpleLocalProcessSpawner),
#   so the students' folders are kept apart by their servers only (each serves only its own folder, each needs
#   its owner's token), not by the operating system: a kernel can read any file this user can.
#
# Everything the hub writes (its database, cookie secret, passwords, the students' folders) lives in one
# state folder inside the project, `.hub/` (LOSSLAB_HUB_STATE), so that `import ... from "losslab"` in a
# student's copy of a notebook still finds the project's node_modules by walking up the folders.
import os
import pwd
import shutil
import subprocess
import sys

from jupyterhub.spawner import SimpleLocalProcessSpawner
from traitlets import default

c = get_config()  # noqa: F821 (JupyterHub's config loader defines it)

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
state = os.path.abspath(os.environ.get("LOSSLAB_HUB_STATE", os.path.join(root, ".hub")))
if os.path.commonpath([root, state]) != root:
    sys.exit(f"jupyterhub_config: LOSSLAB_HUB_STATE ({state}) must be inside the project ({root}), "
             "or the students' notebooks cannot import losslab from its node_modules")
users_dir = os.path.join(state, "users")
os.makedirs(users_dir, exist_ok=True)
# "os": the students' servers run as their own system users (the hub runs as root); "file-api": as the hub's user
isolation = "os" if os.getuid() == 0 else "file-api"
if isolation == "os":
    # what the hub (and the teacher's server) writes is private (its database, passwords); the state folder and
    # the users' folder can be passed through, not listed, by the students on their way to their own homes
    os.umask(0o077)
    for folder in (state, users_dir):
        os.chmod(folder, 0o711)


def port(name, default):
    value = os.environ.get(name, str(default))
    if not value.isdigit():
        sys.exit(f"jupyterhub_config: {name} must be a port number, not {value!r}")
    return int(value)


# --- localhost only: the public proxy, the hub's own API and the proxy's API ------------------------
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = port("LOSSLAB_HUB_PORT", 8000)
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = port("LOSSLAB_HUB_API_PORT", 8081)
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port('LOSSLAB_HUB_PROXY_API_PORT', 8001)}"
# configurable-http-proxy from the project's node_modules (a pinned devDependency), nothing global
c.ConfigurableHTTPProxy.command = [os.path.join(root, "node_modules", ".bin", "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = os.path.join(state, "proxy.pid")
c.JupyterHub.pid_file = os.path.join(state, "jupyterhub.pid")
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")

# --- who may sign in: the lecturer (admin) and the students on the roster ---------------------------
# FirstUseAuthenticator: a listed user's first sign-in sets their password (bcrypt hash in the state
# folder); later sign-ins must match it. create_users=False: a name that is neither on the roster nor
# added by the admin in the hub's admin panel is refused.
admin = os.environ.get("LOSSLAB_HUB_ADMIN", "teacher")
roster_file = os.path.join(state, "students.txt")


def roster():
    names = set()
    if os.path.exists(roster_file):
        with open(roster_file, encoding="utf-8") as f:
            names |= {line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")}
    names |= {n.strip() for n in os.environ.get("LOSSLAB_HUB_STUDENTS", "").split(",") if n.strip()}
    return names


c.JupyterHub.authenticator_class = "firstuseauthenticator.FirstUseAuthenticator"
c.FirstUseAuthenticator.dbm_path = os.path.join(state, "passwords.dbm")
c.FirstUseAuthenticator.create_users = False
c.FirstUseAuthenticator.min_password_length = 8
c.Authenticator.admin_users = {admin}
c.Authenticator.allowed_users = roster() | {admin}

# --- each student's server: their own folder, the course copied in on first spawn, tslab by default ---
withhold = set() if os.environ.get("LOSSLAB_HUB_SOLUTIONS") == "1" else {"solutions"}


def copy_course(spawner):
    """Copies notebooks/ into the student's folder on their first spawn only, so later spawns keep their work."""
    home = spawner.home_dir
    target = os.path.join(home, "notebooks")
    if os.path.exists(target):
        return False
    os.makedirs(home, exist_ok=True)
    # copy into a temporary name, then rename: a spawn that fails half way leaves no half-copied course
    partial = target + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(
        os.path.join(root, "notebooks"),
        partial,
        ignore=lambda folder, names: [n for n in names if n in withhold or n == ".ipynb_checkpoints"],
    )
    os.rename(partial, target)
    spawner.log.info("losslab: copied the course for %s into %s", spawner.user.name, target)
    return True


# the mark (passwd's comment field) of the system users this hub creates; a name already taken by any other
# system user (root, a daemon, a person) is refused rather than used. scripts/hub_class.py removes the users its
# test hubs created by this mark.
STUDENT_MARK = "losslab hub student"


def student_user(name, home):
    """The student's system user (pwd entry), created on their first spawn: no login password, own group."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        done = subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", home,
                               "--shell", "/bin/bash", "--comment", STUDENT_MARK, name], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"jupyterhub_config: useradd {name} failed: {done.stderr.strip()}")
        entry = pwd.getpwnam(name)
    if entry.pw_gecos != STUDENT_MARK or entry.pw_uid == 0 or entry.pw_gid == 0:
        raise RuntimeError(f"jupyterhub_config: the system already has a user {name!r} ({entry.pw_gecos!r}, uid "
                           f"{entry.pw_uid}) that this hub did not create: a student of that name cannot be served")
    return entry


def chown_tree(top, uid, gid):
    os.chown(top, uid, gid)
    for folder, dirs, files in os.walk(top):
        for name in dirs + files:
            os.chown(os.path.join(folder, name), uid, gid, follow_symlinks=False)


class CourseSpawner(SimpleLocalProcessSpawner):
    """A single-user JupyterLab from the project's .venv in STATE/users/NAME, with the course copied in."""

    @default("home_dir")
    def _default_home_dir(self):
        name = self.user.name
        # names reach the file system: JupyterHub's names are normalised, and this refuses the rest
        if not name or name in {".", ".."} or "/" in name or "\0" in name:
            raise ValueError(f"CourseSpawner: the user name {name!r} cannot be a folder name")
        return os.path.join(users_dir, name)

    def system_user(self):
        """The student's system user in the "os" mode; None for the teacher and in the "file-api" mode."""
        if isolation != "os" or self.user.name == admin:
            return None
        return pwd.getpwnam(self.user.name)

    def make_preexec_fn(self, name):
        entry = self.system_user()
        if entry is None:
            hub_side = super().make_preexec_fn(name)
            if isolation != "os":
                return hub_side

            def teacher():
                # not the hub's umask 077: what the teacher builds in the project (npm run grading:autograde runs
                # tsc -b lib) must stay readable by the students' kernels
                os.umask(0o022)
                hub_side()

            return teacher
        home, uid, gid = self.home_dir, entry.pw_uid, entry.pw_gid

        def preexec():
            # in the child before exec: a failure here fails the spawn, so no student's server ever runs as root
            os.setgid(gid)
            os.setgroups([gid])
            os.setuid(uid)
            os.umask(0o077)
            os.chdir(home)

        return preexec


# --- nbgrader (issue 27): the teacher's server gets all of it, a student's only the student parts -----------
# python/nbgrader/teacher/ or student/ goes first on the server's JUPYTER_CONFIG_PATH: the course's nbgrader settings
# (exchange in STATE/exchange, TypeScript markers), and for students the formgrader, course list and
# create-assignment parts switched off (server extensions and JupyterLab plugins).
grading_env = ("LOSSLAB_GRADING_COURSE", "LOSSLAB_GRADING_EXCHANGE")


def course_and_grading(spawner):
    entry = None
    if isolation == "os" and spawner.user.name != admin:
        entry = student_user(spawner.user.name, spawner.home_dir)
    copied = copy_course(spawner)
    os.makedirs(spawner.home_dir, exist_ok=True)
    if entry is not None:
        # the home is the student's and theirs only; the course copied in as root becomes theirs
        (chown_tree if copied else os.chown)(spawner.home_dir, entry.pw_uid, entry.pw_gid)
        os.chmod(spawner.home_dir, 0o700)
        if os.path.exists(students_python):  # .venv's own Python is out of the students' reach (scripts/hub.sh)
            spawner.cmd = [students_python, singleuser]
    elif isolation == "os":
        os.chmod(spawner.home_dir, 0o700)  # the teacher's (root's): no student reads in it
    role = "teacher" if spawner.user.name == admin else "student"
    spawner.environment = dict(
        spawner.environment,
        JUPYTER_CONFIG_PATH=os.path.join(root, "python", "nbgrader", role),
        LOSSLAB_HUB_STATE=state,
        **{key: os.environ[key] for key in grading_env if key in os.environ},
    )


singleuser = os.path.join(root, ".venv", "bin", "jupyterhub-singleuser")
students_python = os.path.join(root, ".venv", "hub-students", "bin", "python")
c.JupyterHub.spawner_class = CourseSpawner
c.Spawner.pre_spawn_hook = course_and_grading
c.Spawner.cmd = [singleuser]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab/tree/notebooks"
c.Spawner.args = ["--MappingKernelManager.default_kernel_name=tslab"]
if os.getuid() == 0:
    # Jupyter refuses to run as root unless told; containers and CI machines often are root
    c.Spawner.args.append("--allow-root")
# the course's own variables reach the kernels (backend choice, data folder, TensorFlow's log level)
c.Spawner.environment = {
    key: os.environ[key] for key in ("LOSSLAB_BACKEND", "LOSSLAB_DATA", "TF_CPP_MIN_LOG_LEVEL") if key in os.environ
}
# a server alone starts in a few seconds; a class starting at once on two cores took about 30 s in the class test
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
