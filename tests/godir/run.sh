#!/usr/bin/env bash
# Runs the Go distribution's `// run` test programs listed in open.txt through golite.
#
#   tests/godir/run.sh [GOLITE] [--update] [-v]
#
# GOLITE defaults to build/golite (relative to the repository root). Any command taking
# `run FILE.go` works, so `tests/godir/run.sh go` checks the harness itself against the real
# go. Environment: GODIR (default /usr/lib/go-1.19/test), JOBS (default nproc), TIMEOUT
# (seconds per test on passing.txt, default 60: a wide margin, so a loaded machine does not
# turn a slow pass into a regression), TIMEOUT_OTHER (seconds for the tests not on the
# list, default 10: they are expected to fail, and some of them run for minutes), SKIP (an
# extended regular expression: tests whose path matches it are left out), LIST (the list of
# tests, default open.txt; tierB-open.txt holds those that need generics or complex
# numbers, tierS-open.txt those that need more of the standard library) and PASSING (its
# pass list, default passing.txt; tierB-passing.txt and tierS-passing.txt for those).
#
# How a test is judged (as Go's own test/run.go does, plus a proof that main finished):
#   - a copy of the test is made in a temp folder under the same relative path (so file
#     names seen by the program keep their base name); in the copy, the declaration of
#     `func main()` is renamed `main__orig` (same line, so line numbers do not move) and
#         func main() { main__orig(); println("GOLITE-MARKER-OK") }
#     is appended at the end of the file;
#   - golite runs the copy with the original test's folder as working directory;
#   - the test passes when the exit status is 0, the combined stdout+stderr ends with the
#     marker (println writes to stderr), and what comes before the marker equals the test's
#     NAME.out, or is empty when there is no NAME.out (Go's rule: "output should be empty
#     when the expected-output file is not present").
#
# Without --update: prints every test on passing.txt that now fails (a regression) and
# exits 1 if there is one. With --update: rewrites passing.txt, the sorted list of the tests
# that pass. -v prints a line for every test.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
godir="${GODIR:-/usr/lib/go-1.19/test}"
marker="GOLITE-MARKER-OK"

# --- one test: used by the parallel driver below --------------------------------------
if [[ "${1:-}" == "--one" ]]; then
  golite="$2" rel="$3" work="$4"
  exec 2>/dev/null # no "Segmentation fault" job notices from this shell
  key="${rel//\//__}"
  report="$work/reports/$key"
  src="$godir/$rel"
  copy="$work/src/$key/$rel"
  mkdir -p "$(dirname "$copy")"
  # the marker: println, or print when the test declares its own println (bug148.go)
  say="println(\"$marker\")"
  if grep -qE 'func[[:space:]]+println\b|\bprintln[[:space:]]*:?=|var[[:space:]]+println\b' "$src"; then
    say="print(\"$marker\\n\")"
  fi
  # os.Exit(0) ends a test successfully (switch.go, fixedbugs/issue18725.go): when the file
  # imports "os" unrenamed, its os.Exit calls go through a wrapper that prints the marker
  # first for status 0
  wrapexit=0
  grep -qE '^[[:space:]]*(import[[:space:]]+)?"os"' "$src" && wrapexit=1
  if ! SAY="$say" awk -v wrapexit="$wrapexit" '
    BEGIN { done = 0; incomment = 0; prevfunc = 0; say = ENVIRON["SAY"] }
    {
      line = $0
      if (wrapexit) gsub(/os\.Exit\(/, "golite__exit(", line)
      if (!done) {
        if (incomment) {
          if (index(line, "*/")) incomment = 0
        } else if (line ~ /^[ \t]*\/\*/ && !index(substr(line, index(line, "/*") + 2), "*/")) {
          incomment = 1
        } else if (line ~ /^func[ \t]+main[ \t]*\([ \t]*\)/ || (prevfunc && line ~ /^main[ \t]*\([ \t]*\)/)) {
          sub(/main/, "main__orig", line)
          done = 1
        }
        prevfunc = (line ~ /^func[ \t]*$/)
      }
      print line
    }
    END {
      if (!done) exit 3
      print ""
      print "func main() { main__orig(); " say " }"
      if (wrapexit) print "func golite__exit(code int) { if code == 0 { " say " }; os.Exit(code) }"
    }' "$src" >"$copy"; then
    echo "FAIL $rel: no func main() found to wrap" >"$report"
    exit 0
  fi
  out="$work/out/$key"
  mkdir -p "$work/out"
  limit="${TIMEOUT_OTHER:-10}"
  grep -qxF -- "$rel" "$here/${PASSING:-passing.txt}" && limit="${TIMEOUT:-60}"
  (cd "$(dirname "$src")" && timeout -k 2 "$limit" "$golite" run "$copy" >"$out" 2>&1 </dev/null)
  rc=$?
  why=""
  if [[ $rc -ne 0 ]]; then
    why="exit status $rc"
    [[ $rc -eq 124 ]] && why="timed out"
    [[ $rc -gt 128 && $rc -ne 137 ]] && why="killed by signal $((rc - 128))"
  elif [[ "$(tail -c $((${#marker} + 1)) "$out")" != "$marker" ]]; then
    why="main did not finish (no marker)"
  else
    expected="${src%.go}.out"
    size=$(($(wc -c <"$out") - ${#marker} - 1))
    if [[ -f "$expected" ]]; then
      head -c "$size" "$out" | cmp -s - "$expected" || why="output differs from ${rel%.go}.out"
    elif [[ $size -ne 0 ]]; then
      why="unexpected output (no .out file)"
    fi
  fi
  if [[ -z "$why" ]]; then
    echo "PASS $rel" >"$report"
  else
    {
      echo "FAIL $rel: $why"
      head -c 600 "$out" | head -n 6 | sed 's/^/    /'
    } >"$report"
  fi
  exit 0
fi

# --- driver ------------------------------------------------------------------------------
update=0 verbose=0 golite=""
for a in "$@"; do
  case "$a" in
    --update) update=1 ;;
    -v) verbose=1 ;;
    *) golite="$a" ;;
  esac
done
golite="${golite:-$root/build/golite}"
case "$golite" in
  */*) case "$golite" in /*) ;; *) golite="$PWD/$golite" ;; esac ;;
  *) golite="$(command -v "$golite" || echo "$golite")" ;;
esac
if [[ ! -x "$golite" ]]; then
  echo "godir: golite not found or not executable: $golite" >&2
  exit 2
fi
if [[ ! -d "$godir" ]]; then
  echo "godir: Go test directory not found: $godir (Debian package golang-1.19-src)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reports" "$work/src"
list="$here/${LIST:-open.txt}"
passlist="$here/${PASSING:-passing.txt}"
mapfile -t tests < <(grep -v '^[[:space:]]*$' "$list")
if [[ -n "${SKIP:-}" ]]; then
  kept=()
  for t in "${tests[@]}"; do [[ "$t" =~ $SKIP ]] || kept+=("$t"); done
  tests=("${kept[@]}")
fi
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
printf '%s\n' "${tests[@]}" |
  xargs -P "$jobs" -I{} bash "$here/run.sh" --one "$golite" {} "$work"

declare -A onlist=()
if [[ -f "$passlist" ]]; then
  while IFS= read -r t; do [[ -n "$t" ]] && onlist["$t"]=1; done <"$passlist"
fi

pass=0 regressions=0
passing=()
for t in "${tests[@]}"; do
  r="$work/reports/${t//\//__}"
  if [[ -f "$r" ]] && head -n 1 "$r" | grep -q '^PASS'; then
    pass=$((pass + 1))
    passing+=("$t")
    [[ $verbose -eq 1 ]] && cat "$r"
  else
    if [[ -n "${onlist[$t]:-}" ]]; then
      regressions=$((regressions + 1))
      echo "REGRESSION (on passing.txt):"
      if [[ -f "$r" ]]; then cat "$r"; else echo "FAIL $t (no report)"; fi
    elif [[ $verbose -eq 1 ]]; then
      if [[ -f "$r" ]]; then cat "$r"; else echo "FAIL $t (no report)"; fi
    fi
  fi
done

if [[ $update -eq 1 ]]; then
  if [[ ${#passing[@]} -gt 0 ]]; then
    printf '%s\n' "${passing[@]}" | LC_ALL=C sort >"$passlist"
  else
    : >"$passlist"
  fi
  onlist_count=${#passing[@]}
  regressions=0
else
  onlist_count=${#onlist[@]}
fi
echo "godir: $pass/${#tests[@]} pass, $onlist_count on the pass list"
[[ $regressions -eq 0 ]]
