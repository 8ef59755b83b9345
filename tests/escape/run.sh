#!/usr/bin/env bash
# Measures golite's escape analysis against the Go distribution's escape tests: the
# test/escape*.go files whose first line is `// errorcheck ... -m ...`, which carry the
# messages of go's -m as `// ERROR "regexp"` comments.
#
#   tests/escape/run.sh GOLITE ERRORCHECK_TOOL [--update] [-v]
#
# For each file: a copy in a temp folder, `GOLITE build -m NAME.go` run there (so messages
# name ./NAME.go, as go build prints them), and ERRORCHECK_TOOL (tests/escape/errorcheck.cpp,
# the rules of errorCheck in Go's test/run.go) counting the annotations (regexps), those
# matched, and the messages no annotation took. A file golite cannot build counts all its
# annotations with 0 matched, the reason shown (the first line golite prints without -m).
# escape4.go is the one file compiled by Go with inlining on (`-0 -m`); golite never
# inlines, so it is marked "inl" and totalled apart from the `-m -l` files.
#
# The table is compared with tests/escape/baseline.txt, a line per file:
#   NAME MATCHED_MIN UNMATCHED_MAX
# The run fails if a file matches fewer annotations than its minimum, prints more
# unmatched messages than its maximum, or has no line. --update rewrites the baseline from
# this run (do that when the numbers improve, so they cannot slip back). -v lists every
# miss and unmatched message.
#
# With GOLITE = go (a path whose base name is go), the harness checks itself: each file is
# compiled by `go tool compile -p=p -d=panic -e FLAGS` as Go's test driver does, and every
# file must match all its annotations with nothing unmatched; the baseline is not used.
#
# Environment: GODIR (default /usr/lib/go-1.19/test, from the Debian package
# golang-1.19-src), TIMEOUT (seconds per file, default 120).
set -uo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 GOLITE ERRORCHECK_TOOL [--update] [-v]" >&2
  exit 2
fi
golite="$1" tool="$2"
shift 2
update=0 verbose=0
for a in "$@"; do
  case "$a" in
    --update) update=1 ;;
    -v) verbose=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "$0")" && pwd)"
baseline="$here/baseline.txt"
godir="${GODIR:-/usr/lib/go-1.19/test}"
timeout="${TIMEOUT:-120}"
oracle=0
[[ "$(basename "$golite")" == go ]] && oracle=1

if [[ ! -f "$godir/escape2.go" ]]; then
  echo "no $godir/escape2.go: install the Debian package golang-1.19-src (setup.sh does)" >&2
  exit 1
fi
[[ "$golite" == */* ]] && golite="$(cd "$(dirname "$golite")" && pwd)/$(basename "$golite")"
[[ "$tool" == */* ]] && tool="$(cd "$(dirname "$tool")" && pwd)/$(basename "$tool")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

files=()
for f in "$godir"/escape*.go; do
  head -1 "$f" | grep -Eq '^// errorcheck .*-m( |$)' && files+=("$(basename "$f")")
done

declare -A ann matched unmatched note
fail=0
for name in "${files[@]}"; do
  cp "$godir/$name" "$work/$name"
  flags="$(head -1 "$godir/$name" | sed 's,^// errorcheck,,')"
  inl=1
  [[ " $flags " == *" -l "* ]] && inl=0
  out="$work/$name.stderr"
  if [[ $oracle == 1 ]]; then
    # Go's driver: -0 is its own flag (compile must succeed), the rest go to the compiler.
    # shellcheck disable=SC2086
    (cd "$work" && timeout "$timeout" "$golite" tool compile -p=p -d=panic -e -o /dev/null \
      ${flags//-0/} "$name") >"$out" 2>&1
  else
    (cd "$work" && timeout "$timeout" "$golite" build -m "$name") >/dev/null 2>"$out"
  fi
  rc=$?
  counts="$("$tool" "$out" "$work/$name")" || { echo "$name: errorcheck failed" >&2; exit 2; }
  read -r _ a _ m _ u <<<"$counts"
  ann[$name]=$a
  note[$name]=""
  [[ $inl == 1 ]] && note[$name]="inl"
  if [[ $rc != 0 ]]; then
    # Why it does not build: golite's first error, without the -m messages.
    reason="$(cd "$work" && timeout "$timeout" "$golite" build "$name" 2>&1 >/dev/null | head -1)"
    [[ $rc == 124 ]] && reason="timed out after ${timeout}s"
    [[ -z "$reason" ]] && reason="exit status $rc"
    matched[$name]=0 unmatched[$name]=0
    note[$name]="${note[$name]:+${note[$name]}; }does not build: ${reason:0:90}"
  else
    matched[$name]=$m unmatched[$name]=$u
    if [[ $verbose == 1 ]]; then
      "$tool" -v "$out" "$work/$name" | tail -n +2 | sed "s|^|  $name: |"
    fi
  fi
done

# --- the table --------------------------------------------------------------------------
pct() { if [[ $1 == 0 ]]; then echo "-"; else awk -v m="$2" -v a="$1" 'BEGIN{printf "%.1f%%", 100*m/a}'; fi; }
printf '%-26s %6s %7s %7s %9s  %s\n' file annot matched "%" unmatched note
ta=0 tm=0 tu=0 ia=0 im=0 iu=0
for name in "${files[@]}"; do
  a=${ann[$name]} m=${matched[$name]} u=${unmatched[$name]}
  printf '%-26s %6d %7d %7s %9d  %s\n' "$name" "$a" "$m" "$(pct "$a" "$m")" "$u" "${note[$name]}"
  if [[ "${note[$name]}" == inl* ]]; then
    ia=$((ia + a)) im=$((im + m)) iu=$((iu + u))
  else
    ta=$((ta + a)) tm=$((tm + m)) tu=$((tu + u))
  fi
done
printf '%-26s %6d %7d %7s %9d\n' "total (-m -l files)" "$ta" "$tm" "$(pct "$ta" "$tm")" "$tu"
printf '%-26s %6d %7d %7s %9d\n' "total (inlining on)" "$ia" "$im" "$(pct "$ia" "$im")" "$iu"
printf '%-26s %6d %7d %7s %9d\n' "total" "$((ta + ia))" "$((tm + im))" "$(pct $((ta + ia)) $((tm + im)))" "$((tu + iu))"

# --- judging ----------------------------------------------------------------------------
if [[ $oracle == 1 ]]; then
  for name in "${files[@]}"; do
    if [[ ${matched[$name]} != "${ann[$name]}" || ${unmatched[$name]} != 0 ]]; then
      echo "FAIL (oracle): $name" >&2
      fail=1
    fi
  done
  exit $fail
fi

if [[ $update == 1 ]]; then
  {
    echo "# tests/escape/run.sh baseline: FILE MATCHED_MIN UNMATCHED_MAX (rewrite with --update)"
    for name in "${files[@]}"; do echo "$name ${matched[$name]} ${unmatched[$name]}"; done
  } >"$baseline"
  echo "wrote $baseline"
  exit 0
fi

if [[ ! -f "$baseline" ]]; then
  echo "no $baseline: run with --update to write it" >&2
  exit 1
fi
declare -A seen
while read -r name min max; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  seen[$name]=1
  if [[ -z "${ann[$name]+x}" ]]; then
    echo "FAIL: $name is in the baseline but was not run" >&2
    fail=1
    continue
  fi
  if ((matched[$name] < min)); then
    echo "FAIL: $name matches ${matched[$name]} annotations, baseline minimum $min" >&2
    fail=1
  elif ((matched[$name] > min)); then
    echo "better: $name matches ${matched[$name]} (baseline $min); run with --update to keep it"
  fi
  if ((unmatched[$name] > max)); then
    echo "FAIL: $name prints ${unmatched[$name]} unmatched messages, baseline maximum $max" >&2
    fail=1
  elif ((unmatched[$name] < max)); then
    echo "better: $name has ${unmatched[$name]} unmatched (baseline $max); run with --update to keep it"
  fi
done <"$baseline"
for name in "${files[@]}"; do
  if [[ -z "${seen[$name]+x}" ]]; then
    echo "FAIL: $name has no line in $baseline (run with --update)" >&2
    fail=1
  fi
done
exit $fail
