#!/usr/bin/env bash
# Scripted REPL sessions through a pipe: for each sessions/NAME.in, `golite repl < NAME.in`
# (run in sessions/, where :load finds its files)
# must print NAME.out on stdout (from NAME.oracle.go under the real go where there is one,
# tests/repl/regen.sh; else a transcript checked by hand), NAME.err on stderr (empty when
# there is none), and exit with NAME.exit (0 when there is none).
#
#   tests/repl/run.sh path/to/golite
set -uo pipefail
golite="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for in in "$here"/sessions/*.in; do
  name=$(basename "$in" .in)
  dir=$(dirname "$in")
  (cd "$dir" && timeout 60 "$golite" repl < "$in" > "$tmp/out" 2> "$tmp/err")
  status=$?
  want_status=0
  [ -f "$dir/$name.exit" ] && want_status=$(cat "$dir/$name.exit")
  want_err=/dev/null
  [ -f "$dir/$name.err" ] && want_err="$dir/$name.err"
  if [ "$status" = "$want_status" ] && cmp -s "$tmp/out" "$dir/$name.out" && cmp -s "$tmp/err" "$want_err"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name (exit $status, want $want_status)"
    diff "$dir/$name.out" "$tmp/out" | head -20
    diff "$want_err" "$tmp/err" | head -20
  fi
done
echo "repl sessions: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
