package main

import "fmt"

type Counter[T comparable] struct {
	counts map[T]int
	order  []T
}

func NewCounter[T comparable]() *Counter[T] {
	return &Counter[T]{counts: map[T]int{}}
}

// pointer receiver
func (c *Counter[T]) Add(x T) *Counter[T] {
	if _, ok := c.counts[x]; !ok {
		c.order = append(c.order, x)
	}
	c.counts[x]++
	return c
}

// value receiver
func (c Counter[T]) Get(x T) int { return c.counts[x] }

// value receiver, renamed parameter
func (c Counter[K]) Keys() []K {
	return append([]K(nil), c.order...)
}

type Box[T any] struct{ v T }

// value receiver: modifies a copy
func (b Box[T]) SetCopy(v T) Box[T] { b.v = v; return b }

// pointer receiver: modifies in place
func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) Get() T { return b.v }

// a method returning Box[Box[T]] would be an instantiation cycle; a function may
func Wrap[T any](b Box[T]) Box[Box[T]] { return Box[Box[T]]{b} }

func (b Box[T]) Describe() string { return fmt.Sprintf("%T(%v)", b, b.v) }

// method returning a different, fixed instantiation
// (returning Box[[]T] would be an instantiation cycle)
func (b Box[T]) Format(n int) Box[[]string] {
	s := make([]string, n)
	for i := range s {
		s[i] = fmt.Sprint(b.v)
	}
	return Box[[]string]{s}
}

func main() {
	c := NewCounter[string]()
	c.Add("a").Add("b").Add("a").Add("c").Add("a")
	fmt.Println(c.Get("a"), c.Get("b"), c.Get("z"), c.Keys())

	var ic Counter[int]
	ic.counts = map[int]int{}
	ic.Add(3) // addressable value: &ic is taken automatically
	ic.Add(3)
	fmt.Println(ic.Get(3), ic.Keys())

	b := Box[int]{1}
	b2 := b.SetCopy(2)
	fmt.Println(b.Get(), b2.Get())
	b.Set(10)
	fmt.Println(b.Get())
	pb := &b
	pb.Set(20)
	fmt.Println(pb.Get(), b.Get(), pb.SetCopy(30).Get(), b.Get())

	w := Wrap(b)
	fmt.Printf("%T %v\n", w, w)
	ww := Wrap(w)
	fmt.Printf("%T %+v\n", ww, ww)
	fmt.Println(ww.Get().Get().Get())
	fmt.Println(b.Describe())
	fmt.Println(w.Describe())

	s := Box[float64]{1.5}.Format(3)
	fmt.Printf("%T %v\n", s, s.Get())
	fmt.Println(s.Describe())

	// method values and expressions on instantiated types
	get := b.Get
	b.Set(99)
	fmt.Println(get(), b.Get())
	set := pb.Set
	set(7)
	fmt.Println(b.Get())
	desc := Box[float64].Describe
	fmt.Printf("%T %s\n", desc, desc(Box[float64]{0.5}))
	setE := (*Box[string]).Set
	bs := Box[string]{}
	setE(&bs, "via expr")
	fmt.Println(bs.Get())
}
