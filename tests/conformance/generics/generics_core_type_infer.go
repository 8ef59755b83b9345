package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

// Returns the named slice type, not []E.
func Scale[S ~[]E, E Integer](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

// Same without the named slice: result is []E.
func ScaleLoose[E Integer](s []E, c E) []E {
	r := make([]E, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

// Inline constraint: E inferred from T's core type.
func First[T interface{ ~[]E }, E any](s T) E {
	return s[0]
}

func Last[T interface{ ~[]E }, E any](s T) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func PtrTo[P interface{ *E }, E any](e E) P {
	return P(&e)
}

func Append[S ~[]E, E any](s S, xs ...E) S {
	return append(s, xs...)
}

type Vec []int
type Names []string
type Small []int8
type Ages map[string]int

func (v Vec) Sum() int {
	t := 0
	for _, x := range v {
		t += x
	}
	return t
}

func main() {
	v := Vec{1, 2, 3}
	sv := Scale(v, 10)
	fmt.Printf("%T %v sum=%d\n", sv, sv, sv.Sum())
	lv := ScaleLoose(v, 10)
	fmt.Printf("%T %v\n", lv, lv)
	sm := Scale(Small{1, -2, 3}, 40)
	fmt.Printf("%T %v\n", sm, sm)
	plain := Scale([]int64{5, 6}, 2)
	fmt.Printf("%T %v\n", plain, plain)

	fmt.Printf("%T %v\n", First(v), First(v))
	fmt.Printf("%T %q\n", First(Names{"ann", "bob"}), First(Names{"ann", "bob"}))
	fmt.Printf("%T %v\n", First([]float64{2.5}), First([]float64{2.5}))
	e, ok := Last(Names{})
	fmt.Printf("%q %v\n", e, ok)
	e, ok = Last(Names{"x", "y"})
	fmt.Printf("%q %v\n", e, ok)
	n, ok2 := Last([][]int{{1}, {2, 3}})
	fmt.Printf("%T %v %v\n", n, n, ok2)

	fmt.Println(Keys(Ages{"a": 1, "b": 2}), Keys(map[int]bool{}))

	p := PtrTo(42)
	fmt.Printf("%T %v\n", p, *p)
	ps := PtrTo("s")
	*ps += "!"
	fmt.Printf("%T %v\n", ps, *ps)

	names := Append(Names{"a"}, "b", "c")
	fmt.Printf("%T %v %d\n", names, names, len(names))
	vv := Append(v, 4)
	fmt.Printf("%T %v %d\n", vv, vv, vv.Sum())
	bs := Append([]byte("go"), '!')
	fmt.Printf("%T %s\n", bs, bs)
}
