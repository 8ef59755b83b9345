// Nil pointers to zero-size types: dereferencing one, taking or calling a value method
// through one, and reading a zero-size field panic as go panics; len of one does not.
package main

import "fmt"

type T struct{}

func (T) F() int { return 1 }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var p *T
	try("deref", func() { x := *p; fmt.Println(x) })
	try("method value", func() { f := p.F; fmt.Println(f != nil) })
	try("call", func() { fmt.Println(p.F()) })
	var a *[0]int
	try("array", func() { b := *a; fmt.Println(b) })
	try("len", func() { fmt.Println(len(a)) })
	var s *struct{ x [0]int }
	try("field", func() { fmt.Println(s.x) })
}
