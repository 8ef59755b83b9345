#!/usr/bin/env bash
# gen.sh SHAPE N: a Go program of a shape that once made golite's front end slow or
# crash (issue: the front end on hostile input), with N repetitions, on stdout. Every
# program is valid Go that go 1.19 builds and runs.
#
#   elseif      an else-if chain of N links
#   labels      N labels in a row on one statement, each the target of a goto
#   qualparams  N functions, each with a qualified type (*sync.WaitGroup) as parameter
#   ordinary    N ordinary functions (a loop, an if, arithmetic): the yardstick
#   funclits    N func literals each called inside the one before
#   slicetype   a variable of N nested slice types, after a qualified parameter type
#   functype    a variable of type func() func() ... int (N funcs), after a qualified
#               parameter type
#   arrayindex  an array of N nested [1] types, indexed N deep
#   structtype  a struct type nested N deep
#   composite   a composite literal nested N deep ([]interface{}{[]interface{}{...}})
set -euo pipefail
shape=$1 n=$2
rep() { # rep STRING N: STRING repeated N times
  local s=$1 k=$2 out="" chunk=$1
  while ((k > 0)); do
    ((k & 1)) && out+=$chunk
    chunk+=$chunk
    k=$((k >> 1))
  done
  printf '%s' "$out"
}
case $shape in
  elseif)
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := %d\n\ty := 0\n\tif x == 0 {\n\t\ty = 0\n\t}' "$n"
    for ((i = 1; i < n; i++)); do printf ' else if x == %d {\n\t\ty = %d\n\t}' "$i" "$i"; done
    printf ' else {\n\t\ty = -1\n\t}\n\tfmt.Println(y)\n}\n' ;;
  labels)
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n'
    for ((i = 0; i < n; i++)); do printf 'L%d:\n' "$i"; done
    printf '\tx++\n\tif x < 3 {\n'
    for ((i = 0; i < n; i++)); do printf '\t\tif x == %d {\n\t\t\tgoto L%d\n\t\t}\n' $((i + 100)) "$i"; done
    printf '\t}\n\tfmt.Println(x)\n}\n' ;;
  qualparams)
    printf 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\n'
    for ((i = 0; i < n; i++)); do printf 'func f%d(wg *sync.WaitGroup, x int) int {\n\ty := x + %d\n\treturn y\n}\n\n' "$i" "$i"; done
    printf 'func main() {\n\tvar wg sync.WaitGroup\n\tfmt.Println(f0(&wg, 1))\n}\n' ;;
  ordinary)
    printf 'package main\n\nimport "fmt"\n\n'
    for ((i = 0; i < n; i++)); do
      printf 'func g%d(a, b int) int {\n\tif a > b {\n\t\treturn a - b\n\t}\n\ts := 0\n\tfor i := 0; i < a; i++ {\n\t\ts += i * b\n\t}\n\treturn s\n}\n\n' "$i"
    done
    printf 'func main() {\n\tfmt.Println(g0(3, 4))\n}\n' ;;
  funclits)
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ty := 1\n\tx := '
    rep 'func() int { return y + ' "$n"; printf 42; rep ' }()' "$n"
    printf '\n\tfmt.Println(x)\n}\n' ;;
  slicetype)
    printf 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc f(wg *sync.WaitGroup) int {\n\tvar x '
    rep '[]' "$n"; printf 'int\n\treturn len(x)\n}\n\nfunc main() {\n\tfmt.Println(f(nil))\n}\n' ;;
  functype)
    printf 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc f(wg *sync.WaitGroup) bool {\n\tvar x '
    rep 'func() ' "$n"; printf 'int\n\treturn x == nil\n}\n\nfunc main() {\n\tfmt.Println(f(nil))\n}\n' ;;
  arrayindex)
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a '
    rep '[1]' "$n"; printf 'int\n\ta'; rep '[0]' "$n"; printf ' = 7\n\tfmt.Println(a'; rep '[0]' "$n"; printf ')\n}\n' ;;
  structtype)
    printf 'package main\n\nimport "fmt"\n\ntype T '
    rep 'struct{ a ' "$n"; printf int; rep ' }' "$n"
    printf '\n\nfunc main() {\n\tvar t T\n\tfmt.Println(t.a.a.a.a)\n}\n' ;;
  composite)
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '
    rep '[]interface{}{' "$n"; printf 1; rep '}' "$n"
    printf '\n\tfmt.Println(len(x))\n}\n' ;;
  *) echo "gen.sh: unknown shape $shape" >&2; exit 2 ;;
esac
