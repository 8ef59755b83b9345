package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min3[T Ordered](a, b, c T) T {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func Sum[T Ordered](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Describe[T any](x T) string {
	return fmt.Sprintf("%v (%T)", x, x)
}

type Celsius float64

func main() {
	// untyped constants: default type
	fmt.Println(Describe(Max(1, 2)))
	fmt.Println(Describe(Max(1.5, 2.0)))
	fmt.Println(Describe(Max(2.0, 1.5)))
	fmt.Println(Describe(Max('a', 'b')))
	fmt.Println(Describe(Max("apple", "banana")))
	fmt.Println(Describe(Min3(3.0, 1.25, 2.5)))
	fmt.Println(Describe(Min3(3, 1, 2)))

	// typed argument fixes T, untyped constant converts to it
	var i8 int8 = 5
	fmt.Println(Describe(Max(i8, 100)))
	var u uint16 = 7
	fmt.Println(Describe(Max(3, u)))
	var f32 float32 = 0.5
	fmt.Println(Describe(Max(f32, 1)))
	c := Celsius(21.5)
	fmt.Println(Describe(Max(c, 30)))
	fmt.Println(Describe(Max(c, -5)))

	// explicit instantiation with untyped constants
	fmt.Println(Describe(Max[float64](1, 2)))
	fmt.Println(Describe(Max[int64](1, 2)))
	fmt.Println(Describe(Max[Celsius](10, 2.5)))

	// variadic inference
	fmt.Println(Describe(Sum(1, 2, 3)))
	fmt.Println(Describe(Sum(1.0, 2.5, 3.0)))
	fmt.Println(Describe(Sum("a", "b", "c")))
	fmt.Println(Describe(Sum([]int{4, 5, 6}...)))
	fmt.Println(Describe(Sum[uint8](200, 100)))
	fmt.Println(Describe(Sum[float32]()))

	// typed variables
	a, b := 10, 20
	fmt.Println(Describe(Max(a, b)), Describe(Min3(a, b, -1)))
	x, y := 2.25, -1.0
	fmt.Println(Describe(Max(x, y)), Describe(Min3(x, y, 0)))

	// constant expressions
	const big = 1 << 10
	fmt.Println(Describe(Max(big, 3)))
	const half = 1.0 / 2
	fmt.Println(Describe(Max(half, 0.0)))
}
