#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh), configures and builds fastjit into build/ (or $BUILD_DIR).
# Extra arguments go to the CMake configure step, e.g. -DFASTJIT_SANITIZE=ON.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
# clang-19 compiles the project: it is the compiler whose bitcode the JIT understands, and it builds
# the libFuzzer target and the sanitizer runtimes the tests use.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 "$@" >/dev/null
cmake --build "$build" -j"${JOBS:-2}"
