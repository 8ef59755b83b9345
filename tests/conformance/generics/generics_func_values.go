package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Double[T int | float64 | string](x T) T {
	return x + x
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Registry struct {
	ints    func(int) int
	strings func(string) string
}

func main() {
	// instantiated function value
	f := Map[int, string]
	fmt.Printf("%T\n", f)
	fmt.Println(f([]int{1, 2, 3}, strconv.Itoa))
	fmt.Printf("%q\n", f([]int{10, 20}, func(i int) string { return fmt.Sprint(i * i) }))

	g := Map[string, int]
	fmt.Printf("%T\n", g)
	fmt.Println(g([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))

	// value of a single-param generic
	d := Double[int]
	ds := Double[string]
	df := Double[float64]
	fmt.Printf("%T %T %T\n", d, ds, df)
	fmt.Println(d(21), ds("ab"), df(1.25))

	// passing an instantiated generic as argument (T inferred from the slice)
	fmt.Println(Map([]int{1, 2, 3}, Double[int]))
	fmt.Println(Map([]string{"x", "y"}, Double[string]))
	fmt.Println(Apply(3, Double[int], Double[int], Double[int]))
	fmt.Println(Apply("z", Double[string], Double[string]))

	// function value in a variable of declared func type
	var h func(float64) float64 = Double[float64]
	fmt.Println(h(0.5), h(h(0.5)))

	// stored in struct fields and maps
	r := Registry{ints: Double[int], strings: Double[string]}
	fmt.Println(r.ints(5), r.strings("go"))
	table := map[string]func(int) int{"double": Double[int]}
	fmt.Println(table["double"](50))

	// composing generic functions
	c := Compose(Double[int], strconv.Itoa)
	fmt.Printf("%T %q\n", c, c(8))
	c2 := Compose[string, int, string](func(s string) int { return len(s) }, func(n int) string { return strconv.Itoa(n) + "!" })
	fmt.Println(c2("hello"))
	c3 := Compose(c, Double[string])
	fmt.Println(c3(4))

	// slice of function values
	fs := []func(int) int{Double[int], func(x int) int { return x - 1 }, Double[int]}
	fmt.Println(Apply(1, fs...))

	// function values are non-nil
	fmt.Println(f != nil, d != nil)
}
