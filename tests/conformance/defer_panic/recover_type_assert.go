package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }
type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }

type MyInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	var e interface{} = "hello"
	var sh Shape = Square{2}
	var nilE interface{}
	var nilS Shape
	try("concrete", func() { _ = e.(int) })
	try("named", func() { var x interface{} = 3; _ = x.(MyInt) })
	try("iface to concrete", func() { _ = sh.(*Circle) })
	try("missing method", func() { _ = sh.(Namer) })
	try("empty to iface", func() { _ = e.(Shape) })
	try("nil to concrete", func() { _ = nilE.(string) })
	try("nil to iface", func() { _ = nilS.(Namer) })
	try("nil shape to concrete", func() { _ = nilS.(Square) })
	try("pointer method set", func() { var x interface{} = Circle{1}; _ = x.(Shape) })
	try("slice type", func() { var x interface{} = []string{}; _ = x.([]int) })
	try("comma ok", func() {
		v, ok := e.(int)
		fmt.Println("comma-ok:", v, ok)
	})
}
