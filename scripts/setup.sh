#!/usr/bin/env bash
# Sets the course up inside this folder and nowhere else: node_modules (npm ci), a Python venv at
# .venv with JupyterLab and the notebook runner, the built lib, and the tslab kernel registered in
# that venv. Idempotent: each step is skipped while its inputs are unchanged, so a second run takes
# seconds.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }
hash_of() { cat "$@" | sha256sum | cut -c1-16; }

# --- prerequisites, each in one sentence -------------------------------------------------------
command -v node >/dev/null || die "Node.js 20 or newer is needed and 'node' was not found: install it from https://nodejs.org or your package manager."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer is needed, but this machine has $(node --version)."
command -v npm >/dev/null || die "npm is needed (it comes with Node.js) and was not found."
python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3 python; do
    if command -v "$candidate" >/dev/null; then python=$candidate; break; fi
  done
fi
[ -n "$python" ] || die "Python 3.9 or newer is needed and neither 'python3' nor 'python' was found."
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' ||
  die "Python 3.9 or newer is needed, but '$python' is $("$python" --version 2>&1)."

# --- node_modules ------------------------------------------------------------------------------
node_stamp="node_modules/.losslab-setup"
# only what npm installs from: editing a script in package.json must not reinstall node_modules
deps_of='const p = require(process.argv[1]); JSON.stringify([p.dependencies, p.devDependencies, p.optionalDependencies, p.peerDependencies, p.workspaces])'
node_hash=$( (cat package-lock.json; node -p "$deps_of" ./package.json; node -p "$deps_of" ./lib/losslab/package.json; node -p "$deps_of" ./lib/course/package.json; node --version; echo ignore-scripts) | sha256sum | cut -c1-16)
if [ ! -f "$node_stamp" ] || [ "$(cat "$node_stamp")" != "$node_hash" ]; then
  say "installing Node packages (npm ci)"
  # --ignore-scripts: tfjs-node's install script downloads from Google's storage and, failing offline,
  # makes npm drop the package; scripts/native_backend.sh below installs or builds its addon instead.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$node_hash" > "$node_stamp"
fi

# --- Python venv -------------------------------------------------------------------------------
venv_stamp=".venv/.losslab-setup"
venv_hash=$(hash_of python/requirements.txt; "$python" --version 2>&1)
if [ ! -f "$venv_stamp" ] || [ "$(cat "$venv_stamp")" != "$venv_hash" ] || [ ! -x .venv/bin/python ]; then
  say "creating the Python environment in .venv (JupyterLab, nbclient, plotly)"
  rm -rf .venv
  "$python" -m venv .venv ||
    die "could not create a virtual environment with '$python -m venv' (on Debian/Ubuntu: apt install python3-venv)."
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r python/requirements.txt 2> >(grep -v "^WARNING: Location" >&2)
  echo "$venv_hash" > "$venv_stamp"
fi

# --- JupyterLab in .venv (issue 12): news and update checks off; live figures redrawn in place --
lab_overrides=".venv/share/jupyter/lab/settings/overrides.json"
if ! cmp -s python/jupyterlab_overrides.json "$lab_overrides"; then
  mkdir -p "$(dirname "$lab_overrides")"
  cp python/jupyterlab_overrides.json "$lab_overrides"
fi
lab_live=".venv/share/jupyter/labextensions/losslab-live-plotly"
if ! diff -r -q labextension/losslab-live-plotly "$lab_live" >/dev/null 2>&1; then
  rm -rf "$lab_live"
  cp -r labextension/losslab-live-plotly "$lab_live"
fi
# --- end of JupyterLab in .venv --------------------------------------------------------------------

# --- native TensorFlow backend (tfjs-node), built offline where it cannot be downloaded -------
bash scripts/native_backend.sh

# --- lib: the library (lib/losslab, CommonJS and ESM) and the course's glue (lib/course) -------
node_modules/.bin/tsc -b lib
node lib/losslab/scripts/esm_specifiers.js

# --- tslab kernel, registered inside .venv only --------------------------------------------------
kernel_json=".venv/share/jupyter/kernels/tslab/kernel.json"
tslab_bin="$root/scripts/tslab_kernel.js"
if [ ! -f "$kernel_json" ] || ! grep -qF "\"$tslab_bin\"" "$kernel_json"; then
  say "registering the TypeScript kernel (tslab, through scripts/tslab_kernel.js) in .venv"
  node_modules/.bin/tslab install --python="$root/.venv/bin/python" --sys-prefix --binary="$tslab_bin" >/dev/null
fi
say "ready ($(.venv/bin/jupyter kernelspec list 2>/dev/null | grep -c tslab) tslab kernels in .venv)"
