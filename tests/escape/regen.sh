#!/usr/bin/env bash
# Records what go 1.19 says about tests/escape/cases/NAME.go, for tests/escape/cases.sh:
#   NAME.m    go build -gcflags='-m -l' -o /dev/null NAME.go, its stderr without the
#             "# command-line-arguments" header (run in the cases folder, so ./NAME.go)
#   NAME.out  go run NAME.go, stdout and stderr together (the cases print with println)
#
#   tests/escape/regen.sh NAME...     (names with or without .go; no name: every case)
#
# Never write a .m or .out by hand.
set -euo pipefail
cd "$(dirname "$0")/cases"
names=("$@")
if [[ ${#names[@]} == 0 ]]; then
  for f in *.go; do names+=("${f%.go}"); done
fi
for n in "${names[@]}"; do
  n="${n%.go}"
  if ! go build -gcflags='-m -l' -o /dev/null "$n.go" 2>"$n.m.tmp"; then
    cat "$n.m.tmp" >&2
    rm -f "$n.m.tmp"
    echo "regen: go build $n.go failed" >&2
    exit 1
  fi
  grep -v '^# command-line-arguments$' "$n.m.tmp" >"$n.m" || true
  rm -f "$n.m.tmp"
  if ! go run "$n.go" >"$n.out" 2>&1; then
    cat "$n.out" >&2
    echo "regen: go run $n.go failed" >&2
    exit 1
  fi
  echo "$n: $(wc -l <"$n.m") -m lines"
done
