package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("%v=>%v", p.Key, p.Val)
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

func Lookup[K comparable, V any](ps []Pair[K, V], k K) (V, bool) {
	for _, p := range ps {
		if p.Key == k {
			return p.Val, true
		}
	}
	var zero V
	return zero, false
}

type Plain[A, B any] struct {
	First  A
	Second B
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%T\n", p)
	fmt.Printf("%v|%+v|%s\n", p, p, p)
	fmt.Println(p.Key, p.Val)

	q := Pair[int, []string]{Key: 7, Val: []string{"x", "y"}}
	fmt.Printf("%T %v\n", q, q)
	r := MakePair(2.5, true)
	fmt.Printf("%T %v\n", r, r)

	sw := r.Swap()
	fmt.Printf("%T %v\n", sw, sw)
	sw2 := sw.Swap()
	fmt.Printf("%T %v\n", sw2, sw2)

	pl := Plain[string, int]{"a", 1}
	fmt.Printf("%T\n%v\n%+v\n", pl, pl, pl)
	var zp Plain[*int, map[string]int]
	fmt.Printf("%T %v %v\n", zp, zp.First == nil, zp.Second == nil)
	nested := Plain[Plain[int, int], Pair[string, bool]]{Plain[int, int]{1, 2}, Pair[string, bool]{"ok", true}}
	fmt.Printf("%T\n%+v\n", nested, nested)

	ps := []Pair[string, int]{{"one", 1}, {"two", 2}, {Key: "three", Val: 3}}
	fmt.Println(ps)
	v, ok := Lookup(ps, "two")
	fmt.Println(v, ok)
	v, ok = Lookup(ps, "four")
	fmt.Println(v, ok)

	m := map[Pair[int, int]]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Pair[int, int]{1, 2}], m[Pair[int, int]{3, 4}], len(m))
	fmt.Println(Pair[int, int]{1, 2} == Pair[int, int]{1, 2}, pl == Plain[string, int]{"a", 2})

	anon := []struct {
		P Pair[string, float64]
	}{{Pair[string, float64]{"pi", 3.14}}}
	fmt.Printf("%+v\n", anon)
	ptr := &Pair[string, string]{"k", "v"}
	ptr.Val = "w"
	fmt.Printf("%T %v\n", ptr, *ptr)
}
