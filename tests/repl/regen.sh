#!/usr/bin/env bash
# Regenerates the expected stdout of the REPL sessions that have an oracle: for
# sessions/NAME.oracle.go (a Go program printing what the session NAME.in must print),
# NAME.out is that program's output under the real go (1.19). Sessions without an oracle
# (errors, panics, commands: nothing go can print) keep transcripts checked by hand.
#
#   tests/repl/regen.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS= CGO_ENABLED=0
for oracle in "$here"/sessions/*.oracle.go; do
  name=$(basename "$oracle" .oracle.go)
  go build -o "$tmp/$name" "$oracle"
  "$tmp/$name" > "$here/sessions/$name.out"
  echo "regen: $name"
done
