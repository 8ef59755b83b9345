package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return d.name + " says woof" }
func (c *Cat) Sound() string { return c.name + " says meow" }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2)}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Printf("total %.4f %.4f\n", a, p)
	animals := []Animal{Dog{"rex"}, &Cat{"tom"}, &Dog{"fido"}}
	for _, an := range animals {
		fmt.Println(an.Sound())
	}
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	fmt.Println(s != nil, s.Area())
	s = &Circle{2}
	c := s.(*Circle)
	c.R = 3
	fmt.Printf("%.2f\n", s.Area())
	var ifaces []interface{ Area() float64 }
	for _, sh := range shapes {
		ifaces = append(ifaces, sh)
	}
	fmt.Println(len(ifaces))
}
