#!/usr/bin/env bash
# Installs what golite needs from Debian's packages (only what is missing), then builds
# build/golite. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
pkgs=(g++ cmake ninja-build ccache antlr4 libantlr4-runtime-dev uuid-dev libboost-context-dev
      libcli11-dev doctest-dev libedit-dev golang-go golang-1.19-src lua5.4 curl python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build build
