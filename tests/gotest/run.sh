#!/usr/bin/env bash
# Runs `golite test` over the cases of cases.txt and compares with what go test printed
# (expected/, recorded by regen.sh): output normalized by normalize.sed, and exit status.
#
#   tests/gotest/run.sh [GOLITE]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
golite="$(cd "$here/../.." && pwd)/build/golite"
[[ $# -ge 1 ]] && golite="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
while read -r name dir args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  # shellcheck disable=SC2086
  (cd "$here/$dir" && timeout 120 "$golite" test $args) > "$tmp/raw" 2>&1
  status=$?
  sed -E -f "$here/normalize.sed" "$tmp/raw" > "$tmp/out"
  want=$(cat "$here/expected/$name.exit")
  if [[ $status != "$want" ]] || ! diff -q "$here/expected/$name.out" "$tmp/out" >/dev/null; then
    echo "FAIL $name (exit $status, want $want)"
    diff "$here/expected/$name.out" "$tmp/out" | head -20
    fail=$((fail + 1))
  else
    echo "PASS $name"
    pass=$((pass + 1))
  fi
done < "$here/cases.txt"
echo "gotest: $pass passed, $fail failed"
[[ $fail == 0 ]]
