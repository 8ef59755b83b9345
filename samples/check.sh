#!/usr/bin/env bash
# Runs every sample with golite and compares its output with samples/NAME.out, recorded
# from the real go (regenerate: for f in samples/*.go; do go run $f > ${f%.go}.out; done).
set -u
golite=${1:-build/golite}
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for f in "$here"/*.go; do
  want="${f%.go}.out"
  if ! diff <("$golite" run "$f" 2>&1) "$want" >/dev/null; then
    echo "FAIL $(basename "$f")"
    fail=1
  else
    echo "PASS $(basename "$f")"
  fi
done
exit $fail
