package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack(" + strings.Join(parts, " ") + ")"
}
func (s *Stack[T]) Len() int { return len(s.items) }

// ordinary interfaces
type Sizer interface{ Len() int }

// sort.Interface implemented by a generic type
type ByKey[T any] struct {
	xs  []T
	key func(T) int
}

func (b ByKey[T]) Len() int           { return len(b.xs) }
func (b ByKey[T]) Less(i, j int) bool { return b.key(b.xs[i]) < b.key(b.xs[j]) }
func (b ByKey[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

// error implemented by a generic type
type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("key %v (%T) not found", e.Key, e.Key) }

func Find[K comparable, V any](m map[K]V, k K) (V, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	var zero V
	return zero, NotFound[K]{k}
}

func JoinAll[T fmt.Stringer](xs []T) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ";")
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %s %+v %q\n", p, p, p, p)
	var s fmt.Stringer = p
	fmt.Printf("%T %v\n", s, s)
	fmt.Println([]Pair[int, bool]{{1, true}, {2, false}})
	fmt.Println(map[string]Pair[float64, string]{"k": {0.5, "half"}})
	fmt.Println(JoinAll([]Pair[int, int]{{1, 2}, {3, 4}}))
	fmt.Println(JoinAll([]fmt.Stringer{p, Pair[bool, bool]{}}))

	st := &Stack[int]{}
	st.Push(1)
	st.Push(2)
	fmt.Println(st)
	fmt.Printf("%v %s\n", st, st)
	fmt.Println(*st)
	var sz Sizer = st
	fmt.Println(sz.Len())
	_, isStr := sz.(fmt.Stringer)
	fmt.Println(isStr)
	nested := &Stack[Pair[string, string]]{}
	nested.Push(Pair[string, string]{"x", "y"})
	fmt.Println(nested, nested.Len())

	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(ByKey[string]{words, func(s string) int { return len(s) }})
	fmt.Println(words)
	ps := []Pair[string, int]{{"z", 3}, {"y", 1}, {"x", 2}}
	sort.Sort(ByKey[Pair[string, int]]{ps, func(p Pair[string, int]) int { return p.Second }})
	fmt.Println(ps)
	var si sort.Interface = ByKey[int]{[]int{3, 1}, func(i int) int { return i }}
	fmt.Println(si.Len(), si.Less(0, 1), sort.IsSorted(si))

	m := map[string]int{"one": 1}
	v, err := Find(m, "one")
	fmt.Println(v, err)
	v, err = Find(m, "two")
	fmt.Println(v, err)
	_, err = Find(map[int]string{}, 42)
	fmt.Println(err)
	var nf NotFound[int]
	fmt.Println(fmt.Sprintf("%T", err), err == NotFound[int]{42}, nf.Key)
}
