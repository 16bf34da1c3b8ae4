#!/usr/bin/env bash
# The losslab library's API reference: TypeDoc (a pinned devDependency, run offline) over the package's
# exports, from the same doc comments that ship in its .d.ts, into build/site/api/ (or the folder given).
#   bash scripts/api_docs.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-build/site/api}")"
rm -rf "$out"
cd lib/losslab
../../node_modules/.bin/typedoc --options typedoc.json --out "$out" --logLevel Warn
echo "api reference: $out/index.html"
