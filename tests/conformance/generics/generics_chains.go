package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Identity[T any](x T) T { return x }

func Twice[T any](x T) [2]T { return [2]T{Identity(x), Identity[T](x)} }

func Wrap[T any](x T) []T { return []T{x} }

func WrapTwice[T any](x T) [][]T { return Wrap(Wrap(x)) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Squares[T Number](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * x
	}
	return out
}

func SumSquares[T Number](xs []T) T { return Sum(Squares(xs)) }

func Norm2[T Number](xs ...T) float64 { return float64(SumSquares(xs)) }

// Recursion in a generic function.
func Reverse[T any](xs []T) []T {
	if len(xs) <= 1 {
		return append([]T(nil), xs...)
	}
	return append(Reverse(xs[1:]), xs[0])
}

// Mutual recursion between generic functions.
func EvenLen[T any](xs []T) bool {
	if len(xs) == 0 {
		return true
	}
	return OddLen(xs[1:])
}

func OddLen[T any](xs []T) bool {
	if len(xs) == 0 {
		return false
	}
	return EvenLen(xs[1:])
}

// A generic function instantiating another with a derived type.
func Pairs[T any](xs []T) [][2]T {
	var out [][2]T
	for _, x := range xs {
		out = append(out, Twice(x))
	}
	return out
}

// Each level instantiates the next with a derived type (a recursive
// Nest[[]T] call would be an instantiation cycle).
func Nest3[T any](x T) [][][]T { return Wrap(WrapTwice(x)) }

func Deep[T any](x T) [][2][][][]T { return Wrap(Twice(Nest3(x))) }

func Describe[T any](x T) string { return fmt.Sprintf("%T=%v", x, x) }

func Chain[A, B, C any](a A, f func(A) B, g func(B) C) C { return g(f(a)) }

type Meters float64

func main() {
	fmt.Println(Describe(Twice(3)), Describe(Twice("s")))
	fmt.Println(Describe(WrapTwice(1.5)), Describe(WrapTwice(Twice(true))))
	fmt.Println(Describe(SumSquares([]int{1, 2, 3})), Describe(SumSquares([]Meters{0.5, 1.5})))
	fmt.Println(Norm2(3, 4), Norm2[int64](1, 1, 1))
	fmt.Println(Reverse([]int{1, 2, 3, 4}), Reverse([]string{"a", "b"}), Reverse([]bool{}))
	fmt.Println(EvenLen([]int{1, 2}), OddLen([]string{"a", "b", "c"}), EvenLen([]float64{1}))
	fmt.Println(Describe(Pairs([]int{7, 8})))
	fmt.Println(Describe(Nest3(5)))
	fmt.Println(Describe(Nest3("x")))
	fmt.Println(Describe(Deep(1.5)))
	fmt.Println(Describe(Chain(5, Wrap[int], Twice[[]int])))
	fmt.Println(Describe(Chain("abc", func(s string) int { return len(s) }, Identity[int])))
	fmt.Println(Describe(Chain(Wrap(2), Sum[int], Twice[int])))
}
