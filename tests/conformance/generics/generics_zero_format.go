package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Opt[T any] struct {
	val T
	ok  bool
}

type List[T any] []T
type Dict[K comparable, V any] map[K]V
type Fn[A, R any] func(A) R
type Ch[T any] chan T

type point struct{ X, Y int }

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func Report[T any](label string) {
	var z T
	fmt.Printf("%-8s %T | %v | %+v | %#v\n", label, z, z, z, z)
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func main() {
	Report[int]("int")
	Report[string]("string")
	Report[float64]("float64")
	Report[bool]("bool")
	Report[point]("point")
	Report[[3]int]("array")
	Report[Pair[string, int]]("pair")
	Report[Pair[int, []string]]("pair2")
	Report[Opt[float64]]("opt")
	Report[List[int]]("list")
	Report[Dict[string, bool]]("dict")

	fmt.Printf("%T %v\n", Zero[Fn[int, string]](), Zero[Fn[int, string]]() == nil)
	fmt.Printf("%T %v\n", Zero[Ch[int]](), Zero[Ch[int]]() == nil)
	fmt.Printf("%T %v\n", Zero[*Pair[int, int]](), Zero[*Pair[int, int]]() == nil)
	fmt.Printf("%T %v\n", Zero[error](), Zero[error]() == nil)
	fmt.Printf("%T %v\n", Zero[any](), Zero[any]())

	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero("x"))
	fmt.Println(IsZero(point{}), IsZero(point{0, 1}), IsZero(Pair[string, int]{}))
	fmt.Println(IsZero(Opt[int]{}), IsZero(Some(0)))
	var np *int
	fmt.Println(IsZero(np), IsZero(&point{}))

	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	o := Some([]int{1, 2})
	fmt.Printf("%v\n%+v\n%T\n", o, o, o)
	l := List[string]{"x", "y"}
	fmt.Printf("%v %#v %T %d\n", l, l, l, len(l))
	d := Dict[string, int]{"one": 1}
	fmt.Printf("%v %T %d\n", d, d, len(d))
	var f Fn[int, int] = func(x int) int { return x + 1 }
	fmt.Printf("%T %v\n", f, f(1))
	c := make(Ch[string], 1)
	c <- "sent"
	fmt.Printf("%T %v %d\n", c, <-c, cap(c))

	ps := []Pair[int, Opt[string]]{{1, Some("a")}, {Key: 2}}
	fmt.Printf("%v\n%+v\n%T\n", ps, ps, ps)
	m := map[string]Pair[bool, float64]{"k": {true, 0.5}}
	fmt.Printf("%v %T\n", m, m)
	fmt.Printf("%s|%q|%x|%5v|%-5v|\n", Pair[string, string]{"a", "b"}, Pair[string, string]{"a", "b"},
		Pair[int, int]{255, 16}, Opt[int]{}, Pair[int, int]{})
	fmt.Printf("%v %d\n", Opt[*int]{}, Pair[int, uint8]{3, 4})
}
