package main

import (
	"errors"
	"fmt"
)

// Try runs f and converts a panic into an error, returning T's zero value.
func Try[T any](f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func At[T any](xs []T, i int) T {
	return xs[i]
}

func Div[T int | int64](a, b T) T {
	return a / b
}

func MustPositive[T int | float64](x T) T {
	if x < 0 {
		panic(fmt.Sprintf("negative %T: %v", x, x))
	}
	return x
}

// Deferred calls capturing T values run in LIFO order and see the final value.
func Trace[T any](vals ...T) (out []T) {
	for _, v := range vals {
		defer func(v T) { out = append(out, v) }(v)
	}
	return nil
}

// A deferred closure modifies the named result of type T.
func WithDefault[T comparable](f func() T, def T) (r T) {
	defer func() {
		if recover() != nil || r == *new(T) {
			r = def
		}
	}()
	r = f()
	return
}

type Err[T any] struct{ Val T }

func (e Err[T]) Error() string { return fmt.Sprintf("Err[%T](%v)", e.Val, e.Val) }

func PanicWith[T any](v T) {
	panic(Err[T]{v})
}

func main() {
	v, err := Try(func() int { return At([]int{1, 2, 3}, 1) })
	fmt.Println(v, err)
	v, err = Try(func() int { return At([]int{1, 2, 3}, 5) })
	fmt.Println(v, err)
	s, err := Try(func() string { return At([]string{}, 0) })
	fmt.Printf("%q %v\n", s, err)
	d, err := Try(func() int64 { return Div[int64](7, 0) })
	fmt.Println(d, err)
	f, err := Try(func() float64 { return MustPositive(-2.5) })
	fmt.Println(f, err)
	p, err := Try(func() *int { var m map[string]*int; return m["x"] })
	fmt.Println(p, err)

	fmt.Println(Trace(1, 2, 3))
	fmt.Println(Trace("a", "b"))
	fmt.Println(len(Trace[bool]()))

	fmt.Println(WithDefault(func() int { return 5 }, 9))
	fmt.Println(WithDefault(func() int { return 0 }, 9))
	fmt.Println(WithDefault(func() string { panic("boom") }, "fallback"))

	for _, pf := range []func(){
		func() { PanicWith(42) },
		func() { PanicWith("text") },
		func() { PanicWith([]int{1}) },
	} {
		func() {
			defer func() {
				r := recover()
				var e error
				if er, ok := r.(error); ok {
					e = er
				}
				var ei Err[int]
				fmt.Printf("%T %v %v\n", r, e, errors.As(e, &ei))
			}()
			pf()
		}()
	}
}
