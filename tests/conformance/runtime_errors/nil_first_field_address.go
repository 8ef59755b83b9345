// Taking the address of a field through a nil pointer panics even when the field is at
// offset 0: &p.f, &*p, and a pointer method called on an embedded field (Go's nil check;
// fixedbugs/issue33724).
package main

import "fmt"

type Inner struct{ Err int }

func (i *Inner) M() int {
	if i == nil {
		return 86
	}
	return 17
}

type Outer struct {
	X int
	Inner
}

type Outer0 struct {
	Inner
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var o *Outer
	var o0 *Outer0
	try("addr0", func() { p := &o0.Inner; fmt.Println(p) })
	try("addr8", func() { p := &o.Inner; fmt.Println(p) })
	try("call0", func() { fmt.Println(o0.M()) })
	try("call8", func() { fmt.Println(o.M()) })
	try("explicit0", func() { fmt.Println(o0.Inner.M()) })
	var pi *Inner
	try("star", func() { q := &*pi; fmt.Println(q) })
	try("nilrecv", func() { fmt.Println(pi.M()) })
}
