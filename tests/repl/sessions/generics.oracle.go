// The generics session's expected stdout, printed by go itself (see values.oracle.go for
// the format).
package main

import (
	"fmt"
	"sort"
)

func show(v interface{}, typ string) {
	switch v.(type) {
	case int, float64:
		fmt.Printf("%v  // %s\n", v, typ)
	default:
		fmt.Printf("%#v  // %s\n", v, typ)
	}
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Getter[T any] interface{ Get() T }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := []U{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	show(Max(3, 4), "int")
	show(Max(2.5, 1.0), "float64")
	show(Max("go", "golite"), "string")
	b := Box[int]{7}
	show(b.Get(), "int")
	show(Box[string]{"hi"}.Get(), "string")
	var g Getter[int] = b
	show(g.Get(), "int")
	s := []int{3, 1, 2}
	sort.Ints(s)
	show(s, "[]int")
	show(2, "int")
	show(true, "bool")
	show(Map(s, func(i int) string { return fmt.Sprint(i * 10) }), "[]string")
	show(fmt.Sprintf("%T", b), "string")
}
