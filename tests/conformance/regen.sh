#!/usr/bin/env bash
# Regenerates the expected outputs of the conformance programs with the real `go` (1.19).
# Expected outputs are never written by hand: run this after adding or changing a program.
#
#   tests/conformance/regen.sh [filter]      (filter: a substring of the program names)
#
# Programs live in topic folders one level down (see README.md) and are named FOLDER/NAME
# (just NAME for a program left at the top level); the filter matches those names.
# For every FOLDER/NAME.go (NAME.oracle.go files are twins, not programs), and every module
# folder FOLDER/NAME/ (a go.mod and its packages; built with `go build .` inside it and
# run there, its expected files FOLDER/NAME.out ... beside it):
#   - the source built is NAME.oracle.go when it exists (a Go 1.19 program with the same
#     meaning under Go 1.22 rules as NAME.go, which uses 1.22-only features), else NAME.go;
#   - it is built and run with its own folder as the working directory (so errors read
#     `NAME.go:...`) and the arguments listed in NAME.args (whitespace-separated) if that
#     file exists; the expected files are written next to it;
#   - NAME.out     = its stdout (always written, maybe empty);
#   - NAME.exit    = its exit status, only when non-zero;
#   - NAME.err     = the first line of its stderr, only when the status is non-zero and
#                    stderr is not empty (for panics: the `panic: ...` line);
#   - NAME.stderr  = all of its stderr, only when the status is 0 and stderr is not empty
#                    (print/println, fmt.Fprint(os.Stderr, ...));
#   - when `go build` fails (compile-error programs): NAME.exit = 1 and NAME.err = the first
#     error line, as `NAME.go:LINE:COL: message` (the `./` prefix and the
#     `# command-line-arguments` header stripped).
#
# Message wording: Go 1.20 reworded four checker messages that golite (which targets the
# current Go checker's words, DESIGN.md section 10) uses. Go 1.19 prints the old words;
# this script rewrites exactly these four, mechanically, and nothing else:
#   `x declared but not used`       -> `declared and not used: x`
#   `imported and not used: "os"`   -> `"os" imported and not used`
#   `cannot use x (...) as type T in assignment` -> `cannot use x (...) as T value in assignment`
#   `T does not implement C (...)`, a type argument failing its constraint (the message
#     starts with the type) -> `T does not satisfy C (...)`
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here" || exit 1
filter="${1:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS= CGO_ENABLED=0

shopt -s nullglob
progs=(*.go */*.go */*/go.mod)
shopt -u nullglob
n=0
for p in "${progs[@]}"; do
  case "$p" in *.oracle.go) continue ;; esac
  # FOLDER/NAME (NAME at the top level); a module folder FOLDER/NAME/ (with its go.mod) is
  # one program too, built as `go build .` in it, its expected files beside it.
  module=0
  if [[ "$p" == */go.mod ]]; then
    module=1
    rel="${p%/go.mod}"
  else
    rel="${p%.go}"
  fi
  [[ -n "$filter" && "$rel" != *"$filter"* ]] && continue
  dir="."
  [[ "$rel" == */* ]] && dir="${rel%/*}"
  cd "$here/$dir" || exit 1
  name="${rel##*/}"
  f="$name.go"
  src="$f"
  [[ -f "$name.oracle.go" ]] && src="$name.oracle.go"
  rm -f "$name.out" "$name.exit" "$name.err" "$name.stderr"
  if [[ $module == 1 ]]; then
    (cd "$name" && GO111MODULE=on go build -o "$tmp/prog" .) >"$tmp/build.txt" 2>&1
  else
    go build -o "$tmp/prog" "$src" >"$tmp/build.txt" 2>&1
  fi
  if [[ $? != 0 ]]; then
    line=$(grep -v '^#' "$tmp/build.txt" | grep -E '^(\./)?[^ :]+\.go:[0-9]+:[0-9]+: ' | head -n 1)
    line="${line#./}"
    # errors in the twin are reported against the program's name
    line="${line/#$name.oracle.go:/$name.go:}"
    line=$(printf '%s\n' "$line" | sed -E \
      -e 's/^([^ ]+: )([A-Za-z_][A-Za-z0-9_]*) declared but not used$/\1declared and not used: \2/' \
      -e 's/^([^ ]+: )imported and not used: ("[^"]*")$/\1\2 imported and not used/' \
      -e 's/^([^ ]+: cannot use .*\)) as type ([^ ]+) in (assignment|argument|variable declaration|return statement)(.*)$/\1 as \2 value in \3\4/' \
      -e 's/^([^ ]+: [^ ]+) does not implement ([^ ]+( \(.*\))?)$/\1 does not satisfy \2/')
    if [[ -z "$line" ]]; then
      echo "regen: $rel.go: build failed without a file:line:col error:" >&2
      cat "$tmp/build.txt" >&2
      exit 1
    fi
    : >"$name.out"
    echo 1 >"$name.exit"
    printf '%s\n' "$line" >"$name.err"
    echo "$rel: compile error: $line"
  else
    args=()
    if [[ -f "$name.args" ]]; then read -r -a args <"$name.args" || true; fi
    if [[ $module == 1 ]]; then
      (cd "$name" && timeout 20 "$tmp/prog" "${args[@]}") >"$name.out" 2>"$tmp/stderr.txt"
    else
      timeout 20 "$tmp/prog" "${args[@]}" >"$name.out" 2>"$tmp/stderr.txt"
    fi
    rc=$?
    if [[ $rc -ne 0 ]]; then
      echo "$rc" >"$name.exit"
      if [[ -s "$tmp/stderr.txt" ]]; then
        head -n 1 "$tmp/stderr.txt" >"$name.err"
      fi
      echo "$rel: exit $rc $(cat "$name.err" 2>/dev/null)"
    elif [[ -s "$tmp/stderr.txt" ]]; then
      cp "$tmp/stderr.txt" "$name.stderr"
    fi
  fi
  n=$((n + 1))
done
echo "regen: $n programs"
