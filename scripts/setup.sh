#!/usr/bin/env bash
# Installs what fastjit needs to build and test, from Debian 12 packages only.
# Non-interactive and idempotent: when everything is present it only checks and returns.
set -euo pipefail
packages=(cmake g++ make python3 llvm-19-dev libclang-19-dev clang-19 libclang-rt-19-dev libfmt-dev libgtest-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
