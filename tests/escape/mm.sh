#!/usr/bin/env bash
# How much of go's -m -m (the flow explanations) golite reproduces, on the Go
# distribution's escape tests: for each tests/escape/mm/NAME.txt (go's output, recorded by
# regen_mm.sh), `GOLITE build -m -m NAME.go` is run on a copy of test/NAME.go and the two
# outputs compared line by line in order (diff): a go line is matched when the diff keeps
# it; golite's lines the diff adds are extra.
#
#   tests/escape/mm.sh GOLITE [--update] [-v]
#
# The table is compared with tests/escape/baseline_mm.txt (NAME MATCHED_MIN EXTRA_MAX): the
# run fails if a file matches fewer lines or prints more extra ones. --update rewrites it;
# -v shows each file's diff.
set -uo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 GOLITE [--update] [-v]" >&2
  exit 2
fi
golite="$1"
shift
update=0 verbose=0
for a in "$@"; do
  case "$a" in
    --update) update=1 ;;
    -v) verbose=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "$0")" && pwd)"
baseline="$here/baseline_mm.txt"
godir="${GODIR:-/usr/lib/go-1.19/test}"
[[ "$golite" == */* ]] && golite="$(cd "$(dirname "$golite")" && pwd)/$(basename "$golite")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

declare -A total matched extra
names=()
for t in "$here"/mm/*.txt; do
  name="$(basename "$t" .txt)"
  names+=("$name")
  cp "$godir/$name.go" "$work/"
  (cd "$work" && timeout 120 "$golite" build -m -m "$name.go" >/dev/null 2>"$name.gl")
  total[$name]=$(wc -l <"$t")
  missing=$(diff "$t" "$work/$name.gl" | grep -c '^<')
  extra[$name]=$(diff "$t" "$work/$name.gl" | grep -c '^>')
  matched[$name]=$((total[$name] - missing))
  [[ $verbose == 1 ]] && diff "$t" "$work/$name.gl" | sed "s|^|  $name: |"
done

printf '%-26s %6s %7s %7s %6s\n' file go matched "%" extra
tt=0 tm=0 te=0
for name in "${names[@]}"; do
  t=${total[$name]} m=${matched[$name]} e=${extra[$name]}
  pct="-"
  [[ $t != 0 ]] && pct="$(awk -v m="$m" -v t="$t" 'BEGIN{printf "%.1f%%", 100*m/t}')"
  printf '%-26s %6d %7d %7s %6d\n' "$name.go" "$t" "$m" "$pct" "$e"
  tt=$((tt + t)) tm=$((tm + m)) te=$((te + e))
done
printf '%-26s %6d %7d %7s %6d\n' total "$tt" "$tm" "$(awk -v m="$tm" -v t="$tt" 'BEGIN{printf "%.1f%%", 100*m/t}')" "$te"

if [[ $update == 1 ]]; then
  {
    echo "# tests/escape/mm.sh baseline: FILE MATCHED_MIN EXTRA_MAX (rewrite with --update)"
    for name in "${names[@]}"; do echo "$name ${matched[$name]} ${extra[$name]}"; done
  } >"$baseline"
  echo "wrote $baseline"
  exit 0
fi
fail=0
declare -A seen
while read -r name min max; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  seen[$name]=1
  if [[ -z "${total[$name]+x}" ]]; then
    echo "FAIL: $name is in the baseline but has no mm/$name.txt" >&2
    fail=1
    continue
  fi
  if ((matched[$name] < min)); then
    echo "FAIL: $name matches ${matched[$name]} of go's -m -m lines, baseline minimum $min" >&2
    fail=1
  fi
  if ((extra[$name] > max)); then
    echo "FAIL: $name prints ${extra[$name]} lines go does not, baseline maximum $max" >&2
    fail=1
  fi
done <"$baseline"
for name in "${names[@]}"; do
  [[ -n "${seen[$name]+x}" ]] || { echo "FAIL: $name has no line in $baseline" >&2; fail=1; }
done
exit $fail
