#!/usr/bin/env bash
# Robustness: golite must never die of a signal or hang on any input (DESIGN.md section 10).
#
#   tests/robust/run.sh [GOLITE]
#
# GOLITE defaults to build/golite (relative to the repository root). Environment:
#   ROBUST_COUNT     number of mutants (default 400)
#   ROBUST_SEED      seed of the pseudo-random generator (default 20240607)
#   ROBUST_FAILURES  folder that receives the failing inputs (default /tmp/golite-robust-failures)
#   JOBS, TIMEOUT    parallel jobs (default nproc), seconds per run of a mutant (default 10)
#   GEN_TIMEOUT      seconds per run of a generated extreme (default 60): they all end, some
#                    after heavy work (the infinite recursion fills a 1 GB stack), and a
#                    loaded machine must not turn that into a failure
#
# Inputs: ROBUST_COUNT mutants of the conformance programs (bytes replaced, lines cut,
# lines duplicated, lines swapped, tokens or punctuation deleted, garbage inserted, file
# truncated), made by a fixed-seed generator written in bash/awk (the same inputs on every
# machine), plus generated extremes: 10000 nested parentheses (one past the limit of 10,000
# brackets open at once), 10000 nested blocks, 5000 nested func literals, a 1 MB string
# literal, a 100000-digit integer literal, chains of 10,000 labels and 10,000 else-ifs, a
# nest of 9,000 index expressions, and more.
#
# Each input runs as `GOLITE run FILE.go` with a timeout. It passes when golite exits with
# status 0, 1 or 2, and writes something to stderr when the status is not 0. A death by
# signal, a memory fault golite's handler reported, a timeout or any other status is a
# failure; the input is copied to
# ROBUST_FAILURES. One exception: a mutant is a program, and a mutation can turn a loop
# into an endless one; when a mutant times out under `run`, it is compiled alone with
# `GOLITE disasm FILE.go`, and if that finishes with status 0, 1 or 2 the timeout is put
# down to the program (counted apart as "ran too long", not a failure).
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
timeout_s="${TIMEOUT:-10}"
gen_timeout_s="${GEN_TIMEOUT:-60}"

judge() { # judge STATUS STDERR-FILE -> prints nothing when acceptable, else the reason
  local rc=$1 err=$2
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    echo "timed out after ${timeout_s}s"
  elif [[ $rc -gt 128 ]]; then
    echo "killed by signal $((rc - 128))"
  elif [[ $rc -gt 2 ]]; then
    echo "exit status $rc (want 0, 1 or 2)"
  elif [[ $rc -ne 0 && ! -s "$err" ]]; then
    echo "exit status $rc with an empty stderr"
  elif [[ $rc -eq 2 ]] && grep -qE '^(fatal error: fault|fatal error: unexpected signal during runtime execution)$' "$err"; then
    # golite's fault handler (runtime/sigfault.cpp) ends a memory fault with status 2, as
    # Go does for a program's; no mutant reaches memory through unsafe, so here it is a
    # fault of golite's own: a crash all the same.
    echo "memory fault: $(grep -m1 '^\[signal' "$err")"
  fi
}

# --- one input: used by the parallel driver below -------------------------------------
if [[ "${1:-}" == "--one" ]]; then
  golite="$2" input="$3" work="$4"
  exec 2>/dev/null # no "Segmentation fault" job notices from this shell
  name="$(basename "$input" .go)"
  report="$work/reports/$name"
  cd "$(dirname "$input")"
  [[ "$name" == gen_* ]] && timeout_s="$gen_timeout_s"
  timeout -k 2 "$timeout_s" "$golite" run "$input" >/dev/null 2>"$work/stderr.$name" </dev/null
  rc=$?
  why="$(judge $rc "$work/stderr.$name")"
  if [[ -n "$why" && ( $rc -eq 124 || $rc -eq 137 ) && "$name" == mut_* ]]; then
    timeout -k 2 "$timeout_s" "$golite" disasm "$input" >/dev/null 2>"$work/stderr2.$name" </dev/null
    rc2=$?
    if [[ -z "$(judge $rc2 "$work/stderr2.$name")" ]]; then
      echo "LONG $name" >"$report"
      exit 0
    fi
    why="$why (and disasm: $(judge $rc2 "$work/stderr2.$name"))"
  fi
  if [[ -z "$why" ]]; then
    echo "OK $name $rc" >"$report"
  else
    {
      echo "FAIL $name: $why"
      head -c 300 "$work/stderr.$name" | head -n 3 | sed 's/^/    /'
    } >"$report"
  fi
  exit 0
fi

# --- driver ------------------------------------------------------------------------------
golite="${1:-$root/build/golite}"
case "$golite" in /*) ;; *) golite="$PWD/$golite" ;; esac
if [[ ! -x "$golite" ]]; then
  echo "robust: golite not found or not executable: $golite" >&2
  exit 2
fi
export LC_ALL=C
# Each input runs once, from a temporary folder: an image of it (cli/imagecache.h) would
# never be read again.
export GODEBUG=${GODEBUG:+$GODEBUG,}imagecache=0
count="${ROBUST_COUNT:-400}"
seed="${ROBUST_SEED:-20240607}"
failures="${ROBUST_FAILURES:-/tmp/golite-robust-failures}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/reports"

# Park-Miller minimal standard generator: the same sequence in every bash.
R=0
rnd() { # rnd N -> R in [0, N)
  seed=$(( (seed * 48271) % 2147483647 ))
  R=$(( seed % $1 ))
}

# Mutation sources: the conformance programs (in their topic folders, and any left at the
# top level), minus the twins and the ones whose exit status is neither 0, 1 nor 2 by
# design. They are ordered by file name (then path), the order the generator draws from:
# the same mutants on every machine, whatever the folders. A mutant's name carries its
# number, so two sources with one file name still give distinct mutants.
sources=()
while IFS=$'\t' read -r _ f; do
  case "$f" in *.oracle.go) continue ;; esac
  grep -qE 'os\.Exit\([^012]' "$f" && continue
  sources+=("$f")
done < <(
  shopt -s nullglob
  for f in "$root"/tests/conformance/*.go "$root"/tests/conformance/*/*.go; do
    printf '%s\t%s\n' "${f##*/}" "$f"
  done | sort
)
if [[ ${#sources[@]} -eq 0 ]]; then
  echo "robust: no conformance sources found" >&2
  exit 2
fi

garbage=('}' '{' '(' ')' '[' ']' 'func' 'var' 'x :=' '"' '`' '/*' "'" '...' '0x' '1e'
  'import "fmt"' 'package main' 'type T struct {' 'go' 'defer' 'select {' 'chan' '<-'
  'case' 'default:' 'map[' 'interface{' 'goto L' 'L:' 'break' 'continue' 'fallthrough'
  'return' '=' ':=' '++' '.' ';' '\' '@' '#' '$' '0b2' "'ab'" '1.2.3' 'range' 'for {'
  'if' 'else' 'switch x.(type) {' '&^=' '<<=' '0o9' '08' '1_' '_' 'nil(' 'iota' '**p'
  'x.(' '[...]' 'struct' 'const' 'type' '*' '&' '!' '%v' '%' '"\q"' "'\\400'" 'label:')

mutate() { # mutate SRC DST: one random mutation
  local src=$1 dst=$2 size lines kind a b k i pos byte tok
  size=$(wc -c <"$src")
  lines=$(wc -l <"$src")
  [[ $lines -lt 1 ]] && lines=1
  rnd 8
  kind=$R
  case $kind in
    0) # replace 1-4 bytes with random bytes (NUL and invalid UTF-8 included)
      cp "$src" "$dst"
      rnd 4
      k=$((R + 1))
      for ((i = 0; i < k; i++)); do
        rnd "$size"
        pos=$R
        rnd 256
        byte=$R
        { head -c "$pos" "$dst"; printf "\\x$(printf %02x "$byte")"; tail -c +"$((pos + 2))" "$dst"; } >"$dst.tmp"
        mv "$dst.tmp" "$dst"
      done ;;
    1) # cut 1-5 lines
      rnd "$lines"
      a=$((R + 1))
      rnd 5
      b=$((a + R))
      sed "${a},${b}d" "$src" >"$dst" ;;
    2) # duplicate 1-5 lines
      rnd "$lines"
      a=$((R + 1))
      rnd 5
      b=$((a + R))
      awk -v a="$a" -v b="$b" '{ print; if (NR >= a && NR <= b) d = d $0 "\n"; if (NR == b) printf "%s", d }' "$src" >"$dst" ;;
    3) # delete one whitespace-separated token of a line
      rnd "$lines"
      a=$((R + 1))
      rnd 1000
      awk -v a="$a" -v w="$R" 'NR != a { print; next }
        { n = split($0, t, /[ \t]+/); if (n == 0) { print; next }
          k = w % n + 1; s = ""
          for (i = 1; i <= n; i++) if (i != k) s = s (s == "" ? "" : " ") t[i]
          print s }' "$src" >"$dst" ;;
    4) # delete one punctuation character
      rnd 100000
      awk -v w="$R" '
        { lines[NR] = $0; c = $0; n += gsub(/[][{}(),;:=.]/, "", c) }
        END {
          target = (n > 0) ? w % n : -1; seen = 0
          for (l = 1; l <= NR; l++) {
            s = lines[l]; out = ""
            for (i = 1; i <= length(s); i++) {
              ch = substr(s, i, 1)
              if (index("[]{}(),;:=.", ch)) { if (seen++ == target) continue }
              out = out ch
            }
            print out
          }
        }' "$src" >"$dst" ;;
    5) # truncate at a random byte
      rnd "$size"
      head -c "$R" "$src" >"$dst" ;;
    6) # swap two lines
      rnd "$lines"
      a=$((R + 1))
      rnd "$lines"
      b=$((R + 1))
      awk -v a="$a" -v b="$b" '{ l[NR] = $0 } END {
          t = l[a]; l[a] = l[b]; l[b] = t
          for (i = 1; i <= NR; i++) print l[i] }' "$src" >"$dst" ;;
    7) # insert a garbage token at the start or end of a line
      rnd "${#garbage[@]}"
      tok="${garbage[$R]}"
      rnd "$lines"
      a=$((R + 1))
      rnd 2
      TOK="$tok" awk -v a="$a" -v atend="$R" 'NR == a { print (atend ? $0 " " ENVIRON["TOK"] : ENVIRON["TOK"] " " $0); next } { print }' "$src" >"$dst" ;;
  esac
}

for ((m = 0; m < count; m++)); do
  rnd "${#sources[@]}"
  src="${sources[$R]}"
  dst="$work/in/mut_$(printf %03d "$m")_$(basename "$src")"
  mutate "$src" "$dst"
  # a second mutation now and then
  rnd 4
  if [[ $R -eq 0 ]]; then
    mutate "$dst" "$dst.2"
    mv "$dst.2" "$dst"
  fi
done

# --- generated extremes ----------------------------------------------------------------
rep() { # rep STRING N: STRING repeated N times
  local s=$1 n=$2 out=""
  local chunk=$s k=$n
  while ((k > 0)); do
    ((k & 1)) && out+=$chunk
    chunk+=$chunk
    k=$((k >> 1))
  done
  printf '%s' "$out"
}
gen() { cat >"$work/in/gen_$1.go"; }
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '(' 10000; printf 1; rep ')' 10000; printf '\n\tfmt.Println(x)\n}\n'; } | gen deep_parens
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '(' 10000; printf '1\n\tfmt.Println(x)\n}\n'; } | gen deep_parens_unclosed
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n'; rep '{' 10000; printf '\nx++\n'; rep '}' 10000; printf '\n\tfmt.Println(x)\n}\n'; } | gen deep_blocks
{ printf 'package main\n\nfunc main() {\n'; rep '{' 10000; printf '\n}\n'; } | gen deep_blocks_unclosed
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep 'func() int { return ' 5000; printf 42; rep ' }()' 5000; printf '\n\tfmt.Println(x)\n}\n'; } | gen deep_funclits
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "'; rep 'abcdefghijklmnop' 65536; printf '"\n\tfmt.Println(len(s))\n}\n'; } | gen big_string
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "'; rep '\\x41\\u00e9\\n' 50000; printf '"\n\tfmt.Println(len(s))\n}\n'; } | gen many_escapes
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '1234567890' 10000; printf '\n\tfmt.Println(x)\n}\n'; } | gen huge_int
{ printf 'package main\n\nimport "fmt"\n\nconst c = '; rep '9' 10000; printf '\n\nfunc main() {\n\tfmt.Println(c > 1, c%%7)\n}\n'; } | gen huge_const
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tconst big = 1e1000000\n\tfmt.Println(big > 1)\n\tvar f float64 = 1e400\n\tfmt.Println(f)\n}\n'; } | gen huge_exponent
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0x'; rep 'f' 5000; printf '.8p1\n\tfmt.Println(x)\n}\n'; } | gen huge_hexfloat
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1'; rep ' + 1' 30000; printf '\n\tfmt.Println(x)\n}\n'; } | gen long_binary_chain
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ty := 3\n\tx := '; rep '- ' 10000; printf 'y\n\tfmt.Println(x)\n}\n'; } | gen deep_unary
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 5\n\t'; rep 'if x > 0 { ' 5000; printf 'x++'; rep ' }' 5000; printf '\n\tfmt.Println(x)\n}\n'; } | gen deep_if
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 20000\n\ty := 0\n\tif x == 0 {\n\t\ty = 0\n\t}'
  for ((i = 1; i < 10000; i++)); do printf ' else if x == %d {\n\t\ty = %d\n\t}' "$i" "$i"; done
  printf ' else {\n\t\ty = -1\n\t}\n\tfmt.Println(y)\n}\n'; } | gen long_else_if_chain
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar x '; rep '[]' 5000; printf 'int\n\tfmt.Println(len(x))\n}\n'; } | gen deep_slice_type
# A qualified type in a parameter list followed by a deeply nested type: ANTLR's prediction
# once ran the host stack out here (SIGSEGV) at 8,000 levels.
for shape in '[]' 'chan ' '*' 'func() ' 'map[int]' '[1]'; do
  name=$(printf '%s' "$shape" | tr -c 'a-z' '_')
  { printf 'package main\n\nimport "sync"\n\nfunc f(wg *sync.WaitGroup) {\n\tvar x '; rep "$shape" 8000; printf 'int\n\t_ = x\n}\n\nfunc main() {}\n'; } | gen "qualified_then_deep_$name"
done
# Chains Go takes in any number, and shapes whose prediction or compilation was once
# quadratic (a label chain of 10,000 ran past 150 s; a nest of 9,000 index expressions 70 s).
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n'
  for ((i = 0; i < 10000; i++)); do printf 'L%d:\n' "$i"; done
  printf '\tx++\n\tif x < 3 {\n'
  for ((i = 0; i < 10000; i++)); do printf '\t\tif x == %d {\n\t\t\tgoto L%d\n\t\t}\n' $((i + 100)) "$i"; done
  printf '\t}\n\tfmt.Println(x)\n}\n'; } | gen label_chain
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ta := []int{0}\n\tx := '; rep 'a[' 9000; printf 0; rep ']' 9000; printf '\n\tfmt.Println(x)\n}\n'; } | gen deep_index
{ printf 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\n'
  for ((i = 0; i < 2000; i++)); do printf 'func f%d(wg *sync.WaitGroup, x int) int {\n\treturn x + %d\n}\n\n' "$i" "$i"; done
  printf 'func main() {\n\tfmt.Println(f1999(nil, 1))\n}\n'; } | gen qualified_params
{ printf 'package main\n\nimport "fmt"\n\ntype T '; rep 'struct{ a ' 3000; printf int; rep ' }' 3000; printf '\n\nfunc main() {\n\tvar t T\n\tfmt.Println(len(fmt.Sprint(t)))\n}\n'; } | gen deep_struct_type_3000
# Native code that goes deep (fmt calling String methods that call fmt, == and map hashing
# of values nested thousands deep) grows the goroutine's native stack in segments; it ran
# off its 256 KB into the next goroutine's.
{ printf 'package main\n\nimport "fmt"\n\ntype L struct{ next *L }\n\nfunc (l *L) String() string {\n\tif l.next == nil {\n\t\treturn "."\n\t}\n\treturn fmt.Sprint(l.next)\n}\n\nfunc main() {\n\tl := &L{}\n\tfor i := 0; i < 20000; i++ {\n\t\tl = &L{l}\n\t}\n\tfmt.Println(l)\n}\n'; } | gen deep_stringer_chain
{ printf 'package main\n\nimport "fmt"\n\ntype N struct {\n\tnext interface{}\n\tv    int\n}\n\nfunc main() {\n\tvar a, b interface{}\n\tfor i := 0; i < 200000; i++ {\n\t\ta, b = N{a, i}, N{b, i}\n\t}\n\tm := map[interface{}]int{a: 1}\n\tfmt.Println(a == b, m[b])\n}\n'; } | gen deep_interface_list_eq
{ printf 'package main\n\nimport "fmt"\n\ntype A '; rep '[1]' 5000; printf 'interface{}\n\nfunc main() {\n\tvar a, b A\n\tm := map[A]int{a: 1}\n\tfmt.Println(a == b, m[b], len(fmt.Sprint(a)))\n}\n'; } | gen deep_array_type_eq
{ printf 'package main\n\nimport "fmt"\n\nvar x '; rep '(' 5000; printf int; rep ')' 5000; printf '\n\nfunc main() {\n\tfmt.Println(x)\n}\n'; } | gen deep_paren_type
{ printf 'package main\n\nimport "fmt"\n\ntype T '; rep 'struct { a ' 300; printf int; rep ' }' 300; printf '\n\nfunc main() {\n\tvar t T\n\tfmt.Println(t.a.a.a.a)\n}\n'; } | gen deep_struct_type
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '[]interface{}{' 1000; printf 1; rep '}' 1000; printf '\n\tfmt.Println(len(x))\n}\n'; } | gen deep_composite
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a '; rep '[1]' 300; printf 'int\n\ta'; rep '[0]' 300; printf ' = 7\n\tfmt.Println(a'; rep '[0]' 300; printf ')\n}\n'; } | gen deep_array_index
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tsum := 0\n'
  for ((i = 0; i < 10000; i++)); do printf '\tv%d := %d\n\tsum += v%d\n' "$i" "$i" "$i"; done
  printf '\tfmt.Println(sum)\n}\n'; } | gen many_locals
{ printf 'package main\n\nimport "fmt"\n\n'
  for ((i = 0; i < 1000; i++)); do printf 'func f%d(x int) int { return f%d(x+1) }\n' "$i" "$((i + 1))"; done
  printf 'func f1000(x int) int { return x }\n\nfunc main() {\n\tfmt.Println(f0(0))\n}\n'; } | gen many_funcs
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0'; rep '; x++' 20000; printf '\n\tfmt.Println(x)\n}\n'; } | gen long_line
{ printf 'package main\n\nfunc f(n int) int {\n\tvar pad [16]int\n\tpad[n%%16] = n\n\treturn f(n+1) + pad[3]\n}\n\nfunc main() {\n\tprintln(f(0))\n}\n'; } | gen infinite_recursion
{ printf 'package main\n\nfunc main() {\n\ts := `never closed\n'; } | gen unterminated_raw_string
{ printf 'package main\n\nfunc main() {\n\t/* never closed\n'; } | gen unterminated_comment
{ printf "package main\n\nfunc main() {\n\tr := 'x\n}\n"; } | gen unterminated_rune
{ printf 'package main\n\nfunc main() {\n\ts := "never closed\n}\n'; } | gen unterminated_string
printf '' | gen empty_file
printf 'package main\n' | gen only_package
printf 'package main\n\nfunc main() {}\n' | gen empty_main
printf 'func main() {}\n' | gen no_package
printf '\xef\xbb\xbfpackage main\n\nfunc main() {}\n' | gen bom
printf 'package main\n\nfunc main() {\n\tx := 1\x00\n}\n' | gen nul_byte
printf 'package main\n\nfunc main() {\n\tx := "\xff\xfe"\n\t_ = x\n\tvar \xc3\x28 int\n}\n' | gen invalid_utf8
{ printf 'package main\n\n'; rnd 256; for ((i = 0; i < 4096; i++)); do rnd 256; printf "\\x$(printf %02x "$R")"; done; } | gen random_bytes

# --- run -----------------------------------------------------------------------------------
inputs=("$work"/in/*.go)
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
printf '%s\n' "${inputs[@]}" |
  xargs -P "$jobs" -I{} bash "$here/run.sh" --one "$golite" {} "$work"

rm -rf "$failures"
ok=0 long=0 failed=0
declare -A status_count=()
for f in "${inputs[@]}"; do
  name="$(basename "$f" .go)"
  r="$work/reports/$name"
  line="$(head -n 1 "$r" 2>/dev/null || echo "FAIL $name: no report")"
  case "$line" in
    OK*)
      ok=$((ok + 1))
      st="${line##* }"
      status_count[$st]=$(( ${status_count[$st]:-0} + 1 )) ;;
    LONG*)
      long=$((long + 1))
      echo "$line (timed out under run, compiles fine: counted as a long-running program)" ;;
    *)
      failed=$((failed + 1))
      mkdir -p "$failures"
      cp "$f" "$failures/"
      if [[ -f "$r" ]]; then cat "$r"; else echo "$line"; fi ;;
  esac
done
summary="robust: ${#inputs[@]} inputs, $ok ok (status 0: ${status_count[0]:-0}, 1: ${status_count[1]:-0}, 2: ${status_count[2]:-0}), $long ran too long, $failed failed"
[[ $failed -gt 0 ]] && summary+=" (inputs copied to $failures)"
echo "$summary"
[[ $failed -eq 0 ]]
