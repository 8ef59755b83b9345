package main

import "fmt"

// Counter returns a closure capturing a T and a running total.
func Accumulator[T int | float64 | string](start T) func(T) T {
	acc := start
	return func(x T) T {
		acc += x
		return acc
	}
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func Partial[A, B, R any](f func(A, B) R, a A) func(B) R {
	return func(b B) R { return f(a, b) }
}

func Generator[T any](xs []T) func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var zero T
			return zero, false
		}
		v := xs[i]
		i++
		return v, true
	}
}

func Counters[T any](vals []T) []func() T {
	var fs []func() T
	for _, v := range vals {
		v := v
		fs = append(fs, func() T { return v })
	}
	return fs
}

func Once[T any](f func() T) func() T {
	done := false
	var val T
	return func() T {
		if !done {
			val = f()
			done = true
		}
		return val
	}
}

func main() {
	ai := Accumulator(10)
	fmt.Println(ai(1), ai(2), ai(3))
	af := Accumulator(0.5)
	fmt.Println(af(0.25), af(0.25))
	as := Accumulator("go")
	fmt.Println(as("-"), as("lang"))
	fmt.Printf("%T %T %T\n", ai, af, as)

	sq, calls := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls())
	up, ucalls := Memo(func(s string) []byte { return []byte(s + "!") })
	fmt.Printf("%s %s %s %d\n", up("a"), up("b"), up("a"), ucalls())

	add := Partial(func(a, b int) int { return a + b }, 100)
	fmt.Println(add(1), add(-100))
	rep := Partial(func(s string, n int) []string {
		out := []string{}
		for i := 0; i < n; i++ {
			out = append(out, s)
		}
		return out
	}, "ab")
	fmt.Printf("%T %v\n", rep, rep(3))

	next := Generator([]string{"x", "y"})
	for {
		v, ok := next()
		fmt.Printf("%q %v\n", v, ok)
		if !ok {
			break
		}
	}

	for _, f := range Counters([]float64{1.5, 2.5, 3.5}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	n := 0
	get := Once(func() []int { n++; return []int{n, n * 2} })
	fmt.Println(get(), get(), n)
}
