// closures: calls through closures (captured variables, closures passed as values)
// and interface method calls on several concrete types.
package main

import "fmt"

type Shape interface {
	Area() int
	Grow(d int)
}

type Rect struct{ w, h int }

func (r *Rect) Area() int  { return r.w * r.h }
func (r *Rect) Grow(d int) { r.w += d }

type Square struct{ s int }

func (s *Square) Area() int  { return s.s * s.s }
func (s *Square) Grow(d int) { s.s += d }

type Tri struct{ b, h int }

func (t *Tri) Area() int  { return t.b * t.h / 2 }
func (t *Tri) Grow(d int) { t.h += d }

func makeAdder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	n := 3000000 // quick: 20000

	adders := []func(int) int{makeAdder(1), makeAdder(2), makeAdder(3), makeAdder(5)}
	both := compose(makeAdder(7), func(x int) int { return x * 3 })
	acc := 0
	for i := 0; i < n; i++ {
		acc = adders[i&3](acc)
		acc = apply(both, acc) & 0xFFFFFF
	}

	counter := makeCounter()
	for i := 0; i < n; i++ {
		counter()
	}

	shapes := []Shape{&Rect{3, 4}, &Square{5}, &Tri{6, 7}}
	total := 0
	for i := 0; i < n; i++ {
		s := shapes[i%3]
		total += s.Area()
		if i%1000 == 0 {
			s.Grow(1)
		}
	}

	fmt.Printf("acc=%d counter=%d total=%d\n", acc, counter(), total)
}
