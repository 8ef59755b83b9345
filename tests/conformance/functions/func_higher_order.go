package main

import "fmt"

type Middleware func(func(string) string) func(string) string

func logging(prefix string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			return prefix + "(" + next(s) + ")"
		}
	}
}

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	h := chain(func(s string) string { return s }, logging("A"), logging("B"), logging("C"))
	fmt.Println(h("x"))
	sq, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("misses:", *misses)
	add := curry(func(a, b int) int { return a + b })
	add5 := add(5)
	fmt.Println(add5(1), add5(10), add(1)(1))
	gen := func() func() (int, bool) {
		i := 0
		return func() (int, bool) {
			i++
			return i * i, i <= 5
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, ",")
	}
	fmt.Println()
}
