#!/usr/bin/env bash
# GODEBUG=gctrace=1 prints Go 1.19's line per collection, in Go's exact number formats
# (runtime/mgc.go's gcMarkTermination and fmtNSAsMS: milliseconds with two significant
# digits and at most three decimals under 10 ms, whole ones above; "0" under a
# microsecond). go.txt holds lines the real go 1.19 printed for prog.go (its complete
# lines, from several runs); the pattern below must accept all of them, and every line
# golite prints for prog.go.
#
#   tests/gctrace/run.sh GOLITE
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
golite="$1"
ms='(0|0\.00[1-9]|0\.0[1-9][0-9]|0\.[1-9][0-9]|[1-9]\.[0-9]|[1-9][0-9]*)'
line="^gc [1-9][0-9]* @[0-9]+\.[0-9]{3}s [0-9]+%: $ms\+$ms\+$ms ms clock, $ms\+$ms/$ms/$ms\+$ms ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, [0-9]+ P( \(forced\))?$"
status=0
if bad=$(grep -Ev "$line" "$here/go.txt"); then
  echo "gctrace: the pattern rejects go's own lines:"; echo "$bad"; status=1
fi
out=$(GODEBUG=gctrace=1 "$golite" run "$here/prog.go" 2>&1 >/dev/null)
n=$(printf '%s\n' "$out" | grep -c '^gc ')
forced=$(printf '%s\n' "$out" | grep -c ' (forced)$')
if bad=$(printf '%s\n' "$out" | grep -Ev "$line"); then
  echo "gctrace: golite printed lines go would not:"; echo "$bad"; status=1
fi
# Numbered from 1 without gaps, and the program's two runtime.GC calls marked forced.
if ! printf '%s\n' "$out" | awk '{ if ($2 != NR) exit 1 }'; then
  echo "gctrace: cycles not numbered 1, 2, ...:"; echo "$out"; status=1
fi
if [[ $n -lt 3 || $forced -ne 2 ]]; then
  echo "gctrace: want at least 3 lines, 2 of them forced; got $n lines, $forced forced:"; echo "$out"; status=1
fi
[[ $status -eq 0 ]] && echo "gctrace: $n lines in go's format"
exit $status
