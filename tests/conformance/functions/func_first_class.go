package main

import (
	"fmt"
	"strings"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []string, pred func(string) bool) []string {
	var out []string
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))
	ops := map[string]BinOp{"+": add, "*": mul, "-": func(a, b int) int { return a - b }}
	for _, k := range []string{"+", "-", "*"} {
		fmt.Println(k, ops[k](10, 3))
	}
	sq := func(x int) int { return x * x }
	fmt.Println(mapInts([]int{1, 2, 3, 4}, sq))
	fmt.Println(filter([]string{"apple", "kiwi", "avocado", "fig"}, func(s string) bool { return strings.HasPrefix(s, "a") }))
	fmt.Println(reduce([]int{1, 2, 3, 4, 5}, 0, add), reduce([]int{1, 2, 3, 4, 5}, 1, mul))
	inc := func(x int) int { return x + 1 }
	f := compose(inc, sq)
	g := compose(sq, inc)
	fmt.Println(f(3), g(3))
	var nilf func()
	fmt.Println(nilf == nil)
	fs := []func(int) int{inc, sq, f}
	for i, fn := range fs {
		fmt.Println(i, fn(5))
	}
	fmt.Println(func(a, b string) string { return b + a }("x", "y"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", apply)
}
