#!/usr/bin/env bash
# The native TensorFlow.js backend (@tensorflow/tfjs-node), made to load with no internet.
#
# tfjs-node's own install script downloads libtensorflow and a prebuilt addon from Google's storage;
# offline both fail and npm drops the package. So `npm ci` runs with --ignore-scripts, and this step
#   1. keeps tfjs-node as it is when it already loads (a normal online install, or an earlier run);
#   2. otherwise tries tfjs-node's own install once (it works where that storage host is reachable);
#   3. otherwise builds the addon against the TensorFlow C library inside PyPI's tensorflow-cpu
#      wheel (pinned, hash-checked by pip), unpacked into .native/ beside .venv, nothing global.
# Where none of that can work (another OS or CPU) it says so in one sentence and the course uses
# WebAssembly. It never fails the set-up. Run by scripts/setup.sh after the venv exists.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf 'setup: %s\n' "$*"; }
fallback() { say "native backend: $*; the course runs on the WebAssembly backend instead."; exit 0; }

pkg=node_modules/@tensorflow/tfjs-node
cache=.native
# Pinned: the wheel whose libtensorflow_cc.so.2 exports every TF_*/TFE_* function the addon calls.
wheel_name=tensorflow-cpu
wheel_version=2.12.1
wheel_sha256=7ffb595707a8fb376deaddc768784c7a0242b16cbc6e06393b1733b2ce19f855
stamp="$pkg/.losslab-native"
stamp_value="tfjs-node $(node -p "require('./$pkg/package.json').version" 2>/dev/null) $wheel_name $wheel_version $(node --version)"

loads() { node -e "require('@tensorflow/tfjs-node')" >/dev/null 2>&1; }

[ -f "$pkg/package.json" ] || fallback "@tensorflow/tfjs-node is not in node_modules"
# Fast path for every later run: built by us for this exact set of versions, and still there.
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_value" ] && ls "$pkg"/lib/napi-v*/tfjs_binding.node >/dev/null 2>&1; then
  exit 0
fi
if loads; then
  echo "$stamp_value" > "$stamp"
  exit 0
fi

# --- 2. tfjs-node's own install (downloads; fails at once offline) --------------------------------
say "native backend: trying @tensorflow/tfjs-node's own install (needs Google's storage host)"
if (cd "$pkg" && timeout 120 node scripts/install.js >/dev/null 2>&1) && loads; then
  say "native backend: installed by tfjs-node's own script"
  echo "$stamp_value" > "$stamp"
  exit 0
fi

# --- 3. offline build against PyPI's TensorFlow C library -----------------------------------------
os=$(uname -s); arch=$(uname -m)
[ "$os" = Linux ] && [ "$arch" = x86_64 ] ||
  fallback "the offline build needs Linux on x86-64 (this is $os $arch) and tfjs-node's own download failed"
grep -qw avx /proc/cpuinfo || fallback "this CPU has no AVX, which the TensorFlow library needs"
headers=${npm_config_nodedir:-/usr}/include/node/node_api.h
[ -f "$headers" ] || fallback "no Node.js headers at $headers (Debian/Ubuntu: apt install libnode-dev, or set npm_config_nodedir)"
command -v g++ >/dev/null && command -v make >/dev/null || fallback "building the addon needs g++ and make"

mkdir -p "$cache"
unpacked="$cache/tensorflow-$wheel_version"
if [ ! -f "$unpacked/.complete" ]; then
  wheel_dir="$cache/wheel"
  mkdir -p "$wheel_dir"
  printf '%s==%s --hash=sha256:%s\n' "$wheel_name" "$wheel_version" "$wheel_sha256" > "$wheel_dir/requirements.txt"
  say "native backend: downloading $wheel_name $wheel_version from PyPI (232 MB, checked against its sha256)"
  .venv/bin/python -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --python-version 3.11 --platform manylinux2014_x86_64 --require-hashes \
    -r "$wheel_dir/requirements.txt" -d "$wheel_dir" 2> >(grep -v "^WARNING: Location" >&2) ||
    fallback "the download of $wheel_name $wheel_version failed"
  say "native backend: unpacking the TensorFlow C library (577 MB) into $unpacked"
  rm -rf "$unpacked"
  .venv/bin/python - "$wheel_dir"/tensorflow_cpu-"$wheel_version"-*.whl "$unpacked" <<'PY' || fallback "unpacking the wheel failed"
import sys, zipfile, pathlib
wheel, out = sys.argv[1], pathlib.Path(sys.argv[2])
libs = {"tensorflow/libtensorflow_cc.so.2", "tensorflow/libtensorflow_framework.so.2"}
# only the C API's headers and what they include
headers = ("tensorflow/c/", "tensorflow/tsl/", "tensorflow/core/platform/", "tsl/", "xla/tsl/")
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.endswith("/"):
            continue  # a directory entry
        if name in libs:
            target = out / "lib" / name.split("/")[-1]
        elif name.startswith("tensorflow/include/") and name[len("tensorflow/include/"):].startswith(headers):
            target = out / "include" / name[len("tensorflow/include/"):]
        else:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with z.open(name) as src, open(target, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
(out / ".complete").write_text("ok\n")
PY
  rm -rf "$wheel_dir"
fi

# Stage the library where the addon's rpath ($ORIGIN/../../deps/lib) and binding.gyp look for it.
say "native backend: building the tfjs-node addon against TensorFlow $wheel_version (g++, about 10 s)"
rm -rf "$pkg/deps" "$pkg"/lib/napi-v* "$pkg"/build-tmp-napi-v*
mkdir -p "$pkg/deps/lib"
ln -s "$root/$unpacked/include" "$pkg/deps/include"
for f in libtensorflow_cc.so.2 libtensorflow_framework.so.2; do ln -s "$root/$unpacked/lib/$f" "$pkg/deps/lib/$f"; done
ln -s libtensorflow_cc.so.2 "$pkg/deps/lib/libtensorflow.so"
ln -s libtensorflow_cc.so.2 "$pkg/deps/lib/libtensorflow.so.2.9.1" # install.js skips its download when this exists
ln -s libtensorflow_framework.so.2 "$pkg/deps/lib/libtensorflow_framework.so"
log="$cache/build.log"
if ! npm_config_nodedir=${npm_config_nodedir:-/usr} npm rebuild @tensorflow/tfjs-node --foreground-scripts >"$log" 2>&1; then
  fallback "building the addon failed (log: $log)"
fi
loads || fallback "the addon was built but does not load (log: $log)"
echo "$stamp_value" > "$stamp"
say "native backend: ready (TensorFlow $wheel_version C library, built offline)"
