#!/usr/bin/env bash
# Records what `go test` prints for each case of cases.txt (stdout and stderr merged,
# normalized by normalize.sed) in expected/NAME.out, and its exit status in
# expected/NAME.exit. Expected outputs come from the real go (1.19), never by hand.
#
#   tests/gotest/regen.sh
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/expected"
export GOFLAGS= CGO_ENABLED=0
grep -v '^#' "$here/cases.txt" | while read -r name dir args; do
  [[ -z "$name" ]] && continue
  # shellcheck disable=SC2086
  (cd "$here/$dir" && go test -count=1 $args) > "$here/expected/$name.raw" 2>&1
  echo $? > "$here/expected/$name.exit"
  sed -E -f "$here/normalize.sed" "$here/expected/$name.raw" > "$here/expected/$name.out"
  rm -f "$here/expected/$name.raw"
  echo "regen: $name (exit $(cat "$here/expected/$name.exit"))"
done
