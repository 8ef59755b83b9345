package main

// Untyped constants of different kinds passed for one type parameter
// (Go 1.21 rule: T takes the default type of the "largest" kind, as for
// operators: int < rune < float < complex). Go 1.19 rejects these calls,
// so regen.sh runs the twin generics_infer_untyped_mixed.oracle.go, which
// spells out the type Go 1.21+ infers.

import "fmt"

type Ordered interface {
	~int | ~int32 | ~int64 | ~float64 | ~string
}

type Number interface {
	~int | ~int32 | ~int64 | ~float64 | ~complex128
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min3[T int | int32 | float64](a, b, c T) T {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Describe[T any](x T) string {
	return fmt.Sprintf("%v (%T)", x, x)
}

func main() {
	fmt.Println(Describe(Max(1.5, 2)))
	fmt.Println(Describe(Max(2, 1.5)))
	fmt.Println(Describe(Max(1, 2)))
	fmt.Println(Describe(Max('a', 98)))
	fmt.Println(Describe(Max(1, 'a')))
	fmt.Println(Describe(Max('a', 97.5)))
	fmt.Println(Describe(Min3(3, 1.25, 2)))
	fmt.Println(Describe(Min3(3, 'b', 2)))
	fmt.Println(Describe(Sum(1, 2.5, 3)))
	fmt.Println(Describe(Sum(1, 2, 'c')))
	fmt.Println(Describe(Sum(1, 2i)))
	fmt.Println(Describe(Sum(1.5, 2i, 3)))
	const half = 1.0 / 2
	fmt.Println(Describe(Max(half, 0)))
	const n = 10
	fmt.Println(Describe(Max(n, 2.5)))
	fmt.Println(Describe(Max(n/4, 2.5)))
}
