package main

import (
	"fmt"
	"strconv"
)

type Stringish interface {
	~int
	String() string
}

type Celsius int

func (c Celsius) String() string { return strconv.Itoa(int(c)) + "C" }

type Port int

func (p Port) String() string { return ":" + strconv.Itoa(int(p)) }

// Inline constraint with a type term and a method.
func Render[T interface {
	~int
	String() string
}](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.String()+"="+strconv.Itoa(int(x)))
	}
	return out
}

// Named constraint with a type term and a method: arithmetic and methods together.
func Total[T Stringish](xs ...T) (T, string) {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum, sum.String()
}

// Method-only constraint.
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }
func (s Square) Name() string  { return "square" }

func Largest[S Shape](shapes []S) S {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

// Constraint with a pointer-receiver method, via a second type parameter.
type Setter[T any] interface {
	*T
	Set(string)
}

type Box struct{ v string }

func (b *Box) Set(s string) { b.v = "<" + s + ">" }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	fmt.Println(Render([]Celsius{10, -5, 37}))
	fmt.Println(Render([]Port{80, 443}))
	sum, s := Total(Celsius(1), Celsius(2), Celsius(3))
	fmt.Printf("%T %v %d %s\n", sum, sum, sum, s)
	p, ps := Total[Port](8000, 80)
	fmt.Println(p, ps)

	fmt.Println(Largest([]Rect{{1, 2}, {3, 3}, {2, 4}}))
	fmt.Println(Largest([]Square{1, 3, 2}).Name(), Largest([]Square{1, 3, 2}))
	fmt.Println(Largest([]Shape{Rect{1, 1}, Square(2), Rect{1, 3}}).Name())

	boxes := FromStrings[Box]([]string{"a", "bc"})
	fmt.Printf("%T %+v\n", boxes, boxes)
}
