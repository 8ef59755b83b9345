#!/usr/bin/env bash
# The conformance programs through the program image cache (cli/imagecache.h): run once
# with an empty cache (each program built, its image written), then again (each program
# read back from its image, no front end), judged both times as run.sh judges them.
#
#   tests/conformance/image.sh [GOLITE]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
golite="$(realpath "${1:-$here/../../build/golite}")"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export GOLITECACHE=$cache
fail=0
echo "== a cold cache: every program built"
bash "$here/run.sh" "$golite" >"$cache/cold.log" 2>&1 || fail=1
tail -2 "$cache/cold.log"
entries=$(ls "$cache"/image-*/ | grep -cv '^trim.txt$')
echo "== images written: $entries"
echo "== a warm cache: programs read from their images"
bash "$here/run.sh" "$golite" >"$cache/warm.log" 2>&1 || fail=1
grep -v "^PASS" "$cache/warm.log"
# That the second pass read images: a few programs of different kinds, traced.
for p in basics/assign_two_phases stdlib/gosrc_json runtime_errors/err_div_zero programs/module_app; do
  dir="$here/${p%/*}" name="${p##*/}"
  if [[ -d $dir/$name ]]; then
    (cd "$dir/$name" && GODEBUG=imagecache=1 "$golite" run . >/dev/null 2>"$cache/trace")
  else
    (cd "$dir" && GODEBUG=imagecache=1 "$golite" run "$name.go" >/dev/null 2>"$cache/trace")
  fi
  grep -q "^golite: image cache hit " "$cache/trace" || { echo "FAIL $p was not read from its image"; cat "$cache/trace"; fail=1; }
done
[[ $entries -gt 300 ]] || { echo "FAIL only $entries images written"; fail=1; }
exit $fail
