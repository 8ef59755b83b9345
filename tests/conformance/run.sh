#!/usr/bin/env bash
# Runs the conformance programs through golite and compares with the outputs recorded from
# the real `go` by regen.sh.
#
#   tests/conformance/run.sh [GOLITE] [FILTER]        run, print PASS/FAIL and a summary
#   tests/conformance/run.sh --list-failing [GOLITE] [FILTER]
#                                                     print only the names that fail
#
# GOLITE defaults to build/golite (relative to the repository root). Programs live in topic
# folders one level down (see README.md) and are named FOLDER/NAME (just NAME for a program
# left at the top level); FILTER is a substring of those names. Environment: JOBS (parallel
# jobs, default nproc), TIMEOUT (seconds per program, default 60: every program ends in
# about a second alone, and the margin keeps a loaded machine under parallel ctest from
# turning a slow pass into a failure), SKIP (an extended regular expression: programs whose
# FOLDER/NAME matches it are left out, e.g. the scheduler stress programs in the GC stress
# run, where 100,000 goroutine stacks scanned every 40 KB of allocation take minutes).
#
# For each FOLDER/NAME.go (not NAME.oracle.go), `GOLITE run NAME.go ARGS...` runs with the
# program's own folder as the working directory (ARGS from NAME.args); for each module
# folder FOLDER/NAME/ (a go.mod and its packages), `GOLITE run . ARGS...` inside it. It
# passes when
#   - stdout equals NAME.out byte for byte,
#   - the exit status equals NAME.exit (0 when absent),
#   - when NAME.err exists:
#       compile errors (`NAME.go:LINE:COL: msg`): that exact line is one of stderr's lines
#         (golite may report several errors in another order);
#       otherwise stderr's first line equals it, and if it starts with `panic: ` stderr
#         also holds a line `goroutine N [running]:` (N is 1 unless another goroutine
#         panicked);
#   - when NAME.stderr exists (status 0 programs writing to stderr): stderr equals it.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# --- one program: used by the parallel driver below -----------------------------------
if [[ "${1:-}" == "--one" ]]; then
  golite="$2" rel="$3" outdir="$4" # rel: FOLDER/NAME, or NAME at the top level
  name="${rel##*/}"
  dir="."
  [[ "$rel" == */* ]] && dir="${rel%/*}"
  cd "$here/$dir" || exit 1
  exec 2>/dev/null # no "Segmentation fault" job notices from this shell
  args=()
  if [[ -f "$name.args" ]]; then read -r -a args <"$name.args" || true; fi
  out="$outdir/$rel.stdout" err="$outdir/$rel.stderr" report="$outdir/$rel.report"
  if [[ -d "$name" ]]; then  # a module folder: `golite run .` inside it
    (cd "$name" && timeout -k 2 "${TIMEOUT:-60}" "$golite" run . "${args[@]}") >"$out" 2>"$err" </dev/null
  else
    timeout -k 2 "${TIMEOUT:-60}" "$golite" run "$name.go" "${args[@]}" >"$out" 2>"$err" </dev/null
  fi
  rc=$?
  want_rc=0
  [[ -f "$name.exit" ]] && want_rc=$(<"$name.exit")
  problems=()
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    problems+=("timed out after ${TIMEOUT:-60}s (status $rc)")
  elif [[ $rc -ne $want_rc ]]; then
    sig=""
    [[ $rc -gt 128 ]] && sig=" (killed by signal $((rc - 128)))"
    problems+=("exit status $rc$sig, want $want_rc")
  fi
  if ! cmp -s "$out" "$name.out"; then
    problems+=("stdout differs (-want +got):
$(diff "$name.out" "$out" | head -n 20)")
  fi
  if [[ -f "$name.err" ]]; then
    want_err=$(<"$name.err")
    if [[ "$want_err" =~ ^$name\.go:[0-9]+:[0-9]+:\  || ( -d "$name" && "$want_err" =~ ^[^\ :]+\.go:[0-9]+:[0-9]+:\  ) ]]; then
      if ! grep -qxF -- "$want_err" "$err"; then
        problems+=("stderr lacks the line: $want_err
  stderr was: $(head -n 5 "$err")")
      fi
    else
      got_err=$(head -n 1 "$err")
      if [[ "$got_err" != "$want_err" ]]; then
        problems+=("stderr first line: $got_err
  want:              $want_err")
      fi
      if [[ "$want_err" == "panic: "* ]] && ! grep -qxE 'goroutine [0-9]+ \[running\]:' "$err"; then
        problems+=("stderr lacks the line: goroutine N [running]:")
      fi
    fi
  fi
  if [[ -f "$name.stderr" ]] && ! cmp -s "$err" "$name.stderr"; then
    problems+=("stderr differs (-want +got):
$(diff "$name.stderr" "$err" | head -n 20)")
  fi
  if [[ ${#problems[@]} -eq 0 ]]; then
    echo "PASS $rel" >"$report"
  else
    {
      echo "FAIL $rel"
      for p in "${problems[@]}"; do printf '  %s\n' "$p"; done
      if [[ $rc -ne $want_rc && ! -f "$name.err" && -s "$err" ]]; then
        echo "  stderr: $(head -n 3 "$err")"
      fi
    } >"$report"
  fi
  exit 0
fi

# --- driver ------------------------------------------------------------------------------
list_failing=0
if [[ "${1:-}" == "--list-failing" ]]; then
  list_failing=1
  shift
fi
golite="${1:-$root/build/golite}"
filter="${2:-}"
case "$golite" in /*) ;; *) golite="$PWD/$golite" ;; esac
if [[ ! -x "$golite" ]]; then
  echo "conformance: golite not found or not executable: $golite" >&2
  exit 2
fi

cd "$here" || exit 2
shopt -s nullglob
names=() # FOLDER/NAME: the programs of the topic folders, and any left at the top level
for f in *.go */*.go */*/go.mod; do
  case "$f" in *.oracle.go) continue ;; esac
  n="${f%.go}"
  [[ "$f" == */go.mod ]] && n="${f%/go.mod}"
  [[ -n "$filter" && "$n" != *"$filter"* ]] && continue
  [[ -n "${SKIP:-}" && "$n" =~ ${SKIP} ]] && continue
  names+=("$n")
done
shopt -u nullglob
if [[ ${#names[@]} -eq 0 ]]; then
  echo "conformance: no programs match '$filter'" >&2
  exit 2
fi

outdir=$(mktemp -d)
trap 'rm -rf "$outdir"' EXIT
for n in "${names[@]}"; do
  [[ "$n" == */* ]] && mkdir -p "$outdir/${n%/*}"
done
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
printf '%s\n' "${names[@]}" |
  xargs -P "$jobs" -I{} bash "$here/run.sh" --one "$golite" {} "$outdir"

pass=0
failing=()
for n in "${names[@]}"; do
  r="$outdir/$n.report"
  if [[ -f "$r" ]] && head -n 1 "$r" | grep -q '^PASS'; then
    pass=$((pass + 1))
    [[ $list_failing -eq 0 ]] && cat "$r"
  else
    failing+=("$n")
    if [[ $list_failing -eq 0 ]]; then
      if [[ -f "$r" ]]; then cat "$r"; else echo "FAIL $n (no report)"; fi
    fi
  fi
done

if [[ $list_failing -eq 1 ]]; then
  [[ ${#failing[@]} -gt 0 ]] && printf '%s\n' "${failing[@]}"
else
  echo "conformance: $pass/${#names[@]} passed"
fi
# known_failures.txt names programs that fail for a documented reason (one a line, then
# `# why`). They are reported but do not fail the run; anything else failing does.
unexpected=0
for n in "${failing[@]}"; do
  if grep -qx "$n" <(sed 's/[[:space:]]*#.*//' "$here/known_failures.txt" 2>/dev/null); then
    echo "known failure: $n"
  else
    unexpected=$((unexpected + 1))
  fi
done
[[ $unexpected -eq 0 ]]
