package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := make(Set[T])
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Remove(x T)   { delete(s, x) }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s {
		r.Add(x)
	}
	for x := range o {
		r.Add(x)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

// Sorted returns the elements in order given by less.
func (s Set[T]) Sorted(less func(a, b T) bool) []T {
	out := make([]T, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

type Ordered interface {
	~int | ~string | ~float64
}

func SortedOf[T Ordered](s Set[T]) []T {
	return s.Sorted(func(a, b T) bool { return a < b })
}

type Coord struct{ X, Y int }

func main() {
	a := NewSet(5, 1, 3, 1, 5, 9)
	b := NewSet(3, 4, 5)
	fmt.Printf("%T len=%d\n", a, a.Len())
	fmt.Println(SortedOf(a), SortedOf(b))
	fmt.Println(SortedOf(a.Union(b)), SortedOf(a.Intersect(b)))
	fmt.Println(a.Has(9), a.Has(2))
	a.Remove(9)
	a.Remove(100)
	fmt.Println(SortedOf(a), a.Len())

	words := NewSet("pear", "apple", "fig", "apple")
	fmt.Println(SortedOf(words), words.Len())
	fmt.Println(words.Sorted(func(x, y string) bool { return len(x) < len(y) || len(x) == len(y) && x < y }))

	cs := NewSet(Coord{1, 2}, Coord{0, 0}, Coord{1, 2}, Coord{1, 0})
	fmt.Printf("%T %d\n", cs, cs.Len())
	fmt.Println(cs.Sorted(func(p, q Coord) bool {
		if p.X != q.X {
			return p.X < q.X
		}
		return p.Y < q.Y
	}))
	fmt.Println(cs.Has(Coord{1, 0}), cs.Has(Coord{2, 2}))

	var empty Set[float64]
	fmt.Println(empty.Len(), empty.Has(1), SortedOf(empty), empty == nil)
	fs := NewSet(2.5, -1.0, 2.5)
	fmt.Println(SortedOf(fs))
	fmt.Println(SortedOf(fs.Union(empty)))

	bs := NewSet(true, false, true)
	fmt.Println(bs.Len(), bs.Sorted(func(x, y bool) bool { return !x && y }))
}
