// Regression tests for wrong answers found in golite (issue 12): receiving in an if
// condition, interfaces that refer to each other through embedding and method signatures,
// a method declared on an alias of an alias, a method value taken from a nil pointer.
package main

import "fmt"

type A interface {
	B
	F() A
}

type B interface {
	G() A
}

type T struct{}

func (T) F() A { return T{} }
func (T) G() A { return T{} }

type Base struct{ n int }
type Al = Base
type Al2 = Al

func (a Al2) Get() int { return a.n }

type V struct{ x int }

func (v V) M() int { return v.x }

func main() {
	ch := make(chan bool, 1)
	ch <- false
	if <-ch {
		fmt.Println("wrong: true branch")
	} else {
		fmt.Println("false branch")
	}
	var a A = T{}
	fmt.Println(a.F() != nil, a.G() != nil)
	fmt.Println(Base{5}.Get())
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *V
	f := p.M
	fmt.Println("not reached", f)
}
