#!/usr/bin/env bash
# Opens the course in JupyterLab: localhost only, token on (JupyterLab's default, never turned off
# here). Extra arguments go to JupyterLab, e.g. `npm start -- --no-browser --port 9999`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
extra=()
# JupyterLab refuses to run as root unless told; containers and CI machines often are root
[ "$(id -u)" = 0 ] && extra+=(--allow-root)
exec .venv/bin/jupyter lab "${extra[@]}" \
  --ServerApp.ip=127.0.0.1 \
  --ServerApp.root_dir="$root/notebooks" \
  --ServerApp.port_retries=50 \
  --MappingKernelManager.default_kernel_name=tslab \
  "$@"
