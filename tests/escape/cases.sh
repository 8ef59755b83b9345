#!/usr/bin/env bash
# Exact -m and -m -m output for small programs: tests/escape/cases/NAME.go, with what go
# 1.19 says about each recorded by tests/escape/regen.sh (NAME.m: go build -gcflags='-m -l';
# NAME.mm: the same with -m -m; NAME.out: go run's output).
#
#   tests/escape/cases.sh GOLITE          check
#   tests/escape/cases.sh GOLITE --all    report which cases' -m output passes (to grow
#                                         passing.txt); exit status 0
#
# Check: for each case on cases/passing.txt, the stderr of `GOLITE build -m NAME.go` (run in
# the cases folder, so ./NAME.go) must equal NAME.m, and that of `GOLITE build -m -m
# NAME.go` NAME.mm, a diff shown otherwise; and for every
# case, listed or not, `GOLITE run NAME.go` must print (stdout and stderr together) what
# NAME.out holds and exit 0: the analysis's decisions must never change what a program
# does. Exit status 1 if anything fails.
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 GOLITE [--all]" >&2
  exit 2
fi
golite="$1"
all=0
[[ "${2:-}" == --all ]] && all=1
[[ "$golite" == */* ]] && golite="$(cd "$(dirname "$golite")" && pwd)/$(basename "$golite")"
cd "$(dirname "$0")/cases" || exit 2

declare -A listed
nlisted=0
while read -r n; do
  [[ -z "$n" || "$n" == \#* ]] && continue
  listed[$n]=1 nlisted=$((nlisted + 1))
  [[ -f "$n.go" ]] || { echo "FAIL: passing.txt names $n, which has no $n.go" >&2; exit 1; }
done <passing.txt

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0 passed=0 total=0 runfail=0
for f in *.go; do
  n="${f%.go}"
  total=$((total + 1))
  # The program's behaviour, for every case.
  timeout 60 "$golite" run "$f" >"$tmp/out" 2>&1
  rc=$?
  if [[ $rc != 0 ]] || ! cmp -s "$tmp/out" "$n.out"; then
    echo "FAIL: golite run $f (exit $rc) differs from go run:" >&2
    diff "$n.out" "$tmp/out" | head -20 >&2
    fail=1 runfail=$((runfail + 1))
  fi
  # The -m report.
  if [[ $all == 1 || -n "${listed[$n]+x}" ]]; then
    ok=1
    for level in m mm; do
      flags="-m"
      [[ $level == mm ]] && flags="-m -m"
      # shellcheck disable=SC2086
      timeout 60 "$golite" build $flags "$f" >/dev/null 2>"$tmp/$level"
      cmp -s "$tmp/$level" "$n.$level" && continue
      ok=0
      if [[ $all == 1 ]]; then
        echo "fail $n: $flags ($(diff "$n.$level" "$tmp/$level" | grep -c '^[<>]') lines differ)"
      else
        echo "FAIL: golite build $flags $f differs from go (< go, > golite):" >&2
        diff "$n.$level" "$tmp/$level" >&2
        fail=1
      fi
    done
    if [[ $ok == 1 ]]; then
      passed=$((passed + 1))
      [[ $all == 1 ]] && echo "pass $n"
    fi
  fi
done
if [[ $all == 1 ]]; then
  echo "-m and -m -m output equal to go's: $passed of $total cases; programs differing from go run: $runfail"
  exit 0
fi
echo "-m and -m -m output equal to go's: $passed of the $nlisted cases on passing.txt ($total cases); programs differing from go run: $runfail"
exit $fail
