#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh), configures and builds fastjit into build/ (or $BUILD_DIR).
# Extra arguments go to the CMake configure step, e.g. -DFASTJIT_SANITIZE=ON.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$build" -j"${JOBS:-2}"
