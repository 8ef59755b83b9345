#!/usr/bin/env bash
# The layer check: fails on any #include against the allowed direction between golite's
# layers. The direction is stated once, in README.md's "Architecture" table; allowed()
# below is that table as code (a folder's own headers are always allowed; quoted includes
# only, as <...> ones are system and package headers).
#
#   tests/layers.sh [ROOT]     prints each violation as FILE:LINE: #include "X" (why)
set -uo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || exit 2

runtime_internal='^runtime/(runtime2|mheap|hchan|lock|hash|sizeclasses)\.h$'

allowed() { # allowed FILE INCLUDE -> status 0 when FILE may include INCLUDE
  local f=$1 inc=$2
  case "$f" in
    runtime/*)
      [[ $inc == runtime/* ]] ;;
    vm/*)
      [[ $inc == vm/* || $inc == runtime/runtime.h ]] ;;
    frontend/syntax/*)
      [[ $inc == frontend/syntax/* || $inc == frontend/types/constant.h || $inc == GoLite*.h ||
         $inc == antlr4-runtime.h ]] ;;
    frontend/types/*)
      [[ $inc == frontend/types/* || $inc == frontend/syntax/* ]] ;;
    frontend/escape/*)
      [[ $inc == frontend/escape/* || $inc == frontend/types/* || $inc == frontend/syntax/* ]] ;;
    frontend/compile/*)
      [[ $inc == frontend/* || $inc == vm/* || $inc == runtime/runtime.h ]] ;;
    stdlib/*)
      [[ $inc == stdlib/* || $inc == vm/native.h || $inc == vm/proto.h ||
         ( $inc == runtime/* && ! $inc =~ $runtime_internal ) ]] ;;
    cli/*|tests/*)
      true ;;
    *)
      false ;;
  esac
}

bad=0 checked=0
while IFS= read -r f; do
  checked=$((checked + 1))
  while IFS=: read -r line inc; do
    if ! allowed "$f" "$inc"; then
      echo "$f:$line: #include \"$inc\" (against the layer direction)"
      bad=$((bad + 1))
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" |
           sed -E 's/^([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]*)".*/\1:\2/')
done < <(git ls-files 'runtime/*' 'vm/*' 'frontend/*' 'stdlib/*' 'cli/*' | grep -E '\.(h|cpp|inc)$')

if [[ $checked -eq 0 ]]; then
  echo "layers: no source files found under $root" >&2
  exit 2
fi
if [[ $bad -gt 0 ]]; then
  echo "layers: $bad includes against the layer direction in $checked files"
  exit 1
fi
echo "layers: $checked files, every include in the allowed direction"
