#!/usr/bin/env bash
# Serves the course to a class on this machine (`npm run hub`): the course's set-up (scripts/setup.sh), then
# JupyterHub and its authenticator from python/requirements-hub.txt installed into .venv on top of the
# course's own packages (python/requirements.txt stays as it is), then JupyterHub with
# python/jupyterhub_config.py on http://127.0.0.1:8000 (LOSSLAB_HUB_PORT). Its state (database, passwords,
# the students' folders) lives in .hub/ (LOSSLAB_HUB_STATE). Students are listed one per line in
# .hub/students.txt (or LOSSLAB_HUB_STUDENTS=a,b,c); the lecturer signs in as "teacher" (LOSSLAB_HUB_ADMIN).
# Run as root, the hub runs each student's server as their own system user (python/jupyterhub_config.py).
# `bash scripts/hub.sh --setup-only` installs and returns; other arguments go to jupyterhub.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf 'hub: %s\n' "$*"; }

bash scripts/setup.sh

# --- JupyterHub into .venv, additively; .venv's own stamp goes when set-up recreates .venv ----------
hub_stamp=".venv/.losslab-hub-setup"
hub_hash=$(cat python/requirements.txt python/requirements-hub.txt | sha256sum | cut -c1-16)
if [ ! -f "$hub_stamp" ] || [ "$(cat "$hub_stamp")" != "$hub_hash" ]; then
  say "installing JupyterHub into .venv (python/requirements-hub.txt)"
  # --no-deps: the file pins the whole closure, so nothing of python/requirements.txt is up- or downgraded
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r python/requirements-hub.txt \
    2> >(grep -v "^WARNING: Location" >&2)
  .venv/bin/python -m pip check >/dev/null || { .venv/bin/python -m pip check >&2; exit 1; }
  echo "$hub_hash" > "$hub_stamp"
fi
# --- run as root, the hub runs each student's server as their own system user, who must be able to run the
# server's Python. When .venv's base interpreter is out of an unprivileged user's reach (pyenv in /root, which is
# 0700), .venv/hub-students is a venv made from a Python of the same version that they can run, seeing .venv's
# packages (a .pth) and .venv's share/ and etc/ (kernels, JupyterLab and nbgrader's extensions): nothing installed.
students_venv=.venv/hub-students
# through sh: setpriv itself execs with root's capabilities still held, so it would reach what the user cannot
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups /bin/sh -c 'exec "$@"' sh "$@"; }
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || { echo "hub: run as root, the hub needs setpriv (util-linux) to check the students' Python" >&2; exit 1; }
  if as_nobody .venv/bin/python -c 'import jupyterhub.singleuser, nbgrader' 2>/dev/null; then
    rm -rf "$students_venv"  # .venv's own Python serves the students
  elif ! as_nobody "$students_venv/bin/python" -c 'import jupyterhub.singleuser, nbgrader' 2>/dev/null; then
    version=$(.venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    base=""
    for candidate in $(type -ap "python$version"); do
      if as_nobody "$candidate" -c pass 2>/dev/null; then base=$candidate; break; fi
    done
    [ -n "$base" ] || { echo "hub: run as root, the hub runs the students' servers as their own users, who cannot run" \
      "$(readlink -f .venv/bin/python) (a folder on its path is closed to them) and no other python$version on PATH:" \
      "install one (e.g. apt-get install python$version) or make .venv's Python reachable" >&2; exit 1; }
    say "the students' Python: $base with .venv's packages ($students_venv)"
    rm -rf "$students_venv"
    "$base" -m venv --without-pip "$students_venv"
    site=$("$students_venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    venv_site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "import site; site.addsitedir('$venv_site')" > "$site/losslab-venv.pth"
    ln -s ../share "$students_venv/share"
    ln -s ../etc "$students_venv/etc"
    as_nobody "$students_venv/bin/python" -c 'import jupyterhub.singleuser, nbgrader' ||
      { echo "hub: $students_venv does not import JupyterHub and nbgrader as an unprivileged user" >&2; exit 1; }
  fi
fi
[ -x node_modules/.bin/configurable-http-proxy ] ||
  { echo "hub: node_modules/.bin/configurable-http-proxy is missing: run 'npm run setup'" >&2; exit 1; }

if [ "${1:-}" = --setup-only ]; then
  say "ready ($(.venv/bin/jupyterhub --version), configurable-http-proxy $(node_modules/.bin/configurable-http-proxy --version))"
  exit 0
fi

# absolute, since the hub runs from inside it and the config reads it again
state=$(realpath -m "${LOSSLAB_HUB_STATE:-$root/.hub}")
export LOSSLAB_HUB_STATE=$state
mkdir -p "$state"
# nbgrader's exchange (issue 27): writable by everyone, as nbgrader's docs ask, and sticky (as /tmp is), so that
# a student cannot rename or remove the course's folder in it; `npm run grading:release` makes each course's
# outbound/ (0755) and inbound/ (2733: students may drop in, not list or read)
install -d -m 1777 "$state/exchange"
if [ ! -f "$state/students.txt" ]; then
  cat > "$state/students.txt" <<'EOF'
# One student's user name a line (lines starting with # are ignored); restart `npm run hub` after editing,
# or add students live in the hub's admin panel (Admin > Add Users) while signed in as the lecturer.
# Each listed name's first sign-in sets that student's password (8 characters or more).
EOF
fi
say "serving the course on http://127.0.0.1:${LOSSLAB_HUB_PORT:-8000}/ — sign in first as '${LOSSLAB_HUB_ADMIN:-teacher}' to set the lecturer's password; students: $state/students.txt"
cd "$state"
exec "$root/.venv/bin/jupyterhub" -f "$root/python/jupyterhub_config.py" "$@"
