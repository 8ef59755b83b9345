package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) (map[K][]T, []K) {
	m := map[K][]T{}
	var order []K
	for _, x := range xs {
		k := key(x)
		if _, ok := m[k]; !ok {
			order = append(order, k)
		}
		m[k] = append(m[k], x)
	}
	return m, order
}

func Zip[A, B any](as []A, bs []B) []struct {
	A A
	B B
} {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]struct {
		A A
		B B
	}, n)
	for i := 0; i < n; i++ {
		out[i].A, out[i].B = as[i], bs[i]
	}
	return out
}

func Range(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

type Employee struct {
	Name   string
	Dept   string
	Salary float64
}

func main() {
	nums := Range(10)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	total := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, total)

	strs := Map(squares, func(n int) string { return fmt.Sprintf("#%d", n) })
	fmt.Printf("%T %v\n", strs, strs)
	joined := Reduce(strs, "", func(a string, s string) string {
		if a == "" {
			return s
		}
		return a + "," + s
	})
	fmt.Println(joined)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(words, func(w string) bool { return len(w) > 3 })
	upper := Map(long, strings.ToUpper)
	fmt.Println(long, upper)
	lens := Reduce(words, map[int]int{}, func(m map[int]int, w string) map[int]int { m[len(w)]++; return m })
	fmt.Println(lens[3], lens[4], lens[5])

	emps := []Employee{{"ann", "eng", 120}, {"bob", "ops", 80}, {"cid", "eng", 100}, {"dee", "ops", 95}, {"eve", "hr", 70}}
	byDept, order := GroupBy(emps, func(e Employee) string { return e.Dept })
	for _, d := range order {
		group := byDept[d]
		sum := Reduce(group, 0.0, func(s float64, e Employee) float64 { return s + e.Salary })
		names := Map(group, func(e Employee) string { return e.Name })
		fmt.Printf("%s: %v total=%.1f avg=%.2f\n", d, names, sum, sum/float64(len(group)))
	}
	rich := Map(Filter(emps, func(e Employee) bool { return e.Salary >= 100 }), func(e Employee) string { return e.Name })
	fmt.Println(rich)

	z := Zip(words[:3], Range(5))
	fmt.Printf("%T\n%+v\n", z, z)
	fmt.Println(Reduce(Zip(Range(4), Map(Range(4), func(i int) float64 { return float64(i) / 2 })), 0.0,
		func(a float64, p struct {
			A int
			B float64
		}) float64 {
			return a + float64(p.A)*p.B
		}))
	fmt.Println(len(Filter([]int{}, func(int) bool { return true })), Filter([]int{1}, func(int) bool { return false }) == nil)
}
