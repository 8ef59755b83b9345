#!/usr/bin/env bash
# Regenerates native_tags.inc, the escape tags of golite's native (C++) standard-library
# functions, from the real Go 1.19 compiler's -m -l report over Go's own source of each
# package. Needs go1.19 on PATH; run it from anywhere, by hand, after adding or changing a
# native (a bodiless declaration under stdlib/go). The build never runs it.
#
#   frontend/escape/gen_native_tags.sh [OUT]     (OUT defaults to frontend/escape/native_tags.inc)
#
# How the messages become tags: see gen_native_tags/main.go.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$here/native_tags.inc}
case "$(go version)" in
  *go1.19*) ;;
  *) echo "gen_native_tags.sh: needs go1.19 (the oracle), have: $(go version)" >&2; exit 1 ;;
esac
cd "$here/gen_native_tags"
GO111MODULE=off GOFLAGS= go run main.go -stdlib "$root/stdlib/go" -out "$out"
