#!/usr/bin/env bash
# Builds golite and runs every test (unit tests, conformance programs, the Go test
# directory's pass list, robustness) through ctest.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
