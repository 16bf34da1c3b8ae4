# JupyterHub for a class (issue 18): `npm run hub` serves the course on localhost to several students, each
# with their own copy of the notebooks and the TypeScript kernel. No root needed: every single-user server is
# a process of the user who started the hub (SimpleLocalProcessSpawner), so the students' folders are kept
# apart by their servers (each serves only its own folder, each needs its owner's token) and not by the
# operating system: a kernel can read any file this user can. For a class that must not trust its
# students, use the Binder image with Zero to JupyterHub (README, "A class on JupyterHub").
#
# Everything the hub writes (its database, cookie secret, passwords, the students' folders) lives in one
# state folder inside the project, `.hub/` (LOSSLAB_HUB_STATE), so that `import ... from "losslab"` in a
# student's copy of a notebook still finds the project's node_modules by walking up the folders.
import os
import shutil
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
        return
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


class CourseSpawner(SimpleLocalProcessSpawner):
    """A single-user JupyterLab from the project's .venv in STATE/users/NAME, with the course copied in."""

    @default("home_dir")
    def _default_home_dir(self):
        name = self.user.name
        # names reach the file system: JupyterHub's names are normalised, and this refuses the rest
        if not name or name in {".", ".."} or "/" in name or "\0" in name:
            raise ValueError(f"CourseSpawner: the user name {name!r} cannot be a folder name")
        return os.path.join(users_dir, name)


# --- nbgrader (issue 27): the teacher's server gets all of it, a student's only the student parts -----------
# python/nbgrader/teacher/ or student/ goes first on the server's JUPYTER_CONFIG_PATH: the course's nbgrader settings
# (exchange in STATE/exchange, TypeScript markers), and for students the formgrader, course list and
# create-assignment parts switched off (server extensions and JupyterLab plugins).
grading_env = ("LOSSLAB_GRADING_COURSE", "LOSSLAB_GRADING_EXCHANGE")


def course_and_grading(spawner):
    copy_course(spawner)
    role = "teacher" if spawner.user.name == admin else "student"
    spawner.environment = dict(
        spawner.environment,
        JUPYTER_CONFIG_PATH=os.path.join(root, "python", "nbgrader", role),
        LOSSLAB_HUB_STATE=state,
        **{key: os.environ[key] for key in grading_env if key in os.environ},
    )


c.JupyterHub.spawner_class = CourseSpawner
c.Spawner.pre_spawn_hook = course_and_grading
c.Spawner.cmd = [os.path.join(root, ".venv", "bin", "jupyterhub-singleuser")]
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
