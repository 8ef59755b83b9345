package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr#", p.n) }

type Panicky int

func (Panicky) String() string { panic("oops") }

type NilSafe struct{ name string }

func (n *NilSafe) String() string { return "name=" + n.name }

type Go struct{ A int }

func (Go) GoString() string { return "Go{...}" }

type Wrapper struct {
	Temp   Celsius
	temp   Celsius
	Any    any
	Err    error
	List   []Celsius
	Ptr    *PtrStringer
	Val    PtrStringer
	Nested struct{ C Celsius }
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c, []Celsius{1, 2}, map[string]Celsius{"x": 3})
	fmt.Printf("%v %s %q %x %d %5.1f\n", c, c, c, c, c, c)
	fmt.Println(Both{}, []Both{{}})
	fmt.Printf("%s %v %+v %#v\n", Both{}, Both{}, Both{}, Both{})
	p := &PtrStringer{7}
	fmt.Println(p, *p, []*PtrStringer{p})
	fmt.Println(Panicky(1))
	fmt.Printf("[%d] [%s]\n", Panicky(2), Panicky(3))
	var ns *NilSafe
	fmt.Println(ns)
	fmt.Printf("%v %+v %#v\n", Go{1}, Go{1}, Go{1})
	fmt.Printf("%#v\n", []Go{{1}, {2}})
	w := Wrapper{Temp: 1, temp: 2, Any: Celsius(3), Err: errors.New("bad"), List: []Celsius{4}, Ptr: p, Val: PtrStringer{9}}
	w.Nested.C = 5
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v\n", &w)
	var e error = Both{}
	fmt.Println(e)
	var s fmt.Stringer = Celsius(-1)
	fmt.Println(s)
	fmt.Printf("%T %T %T\n", e, s, w.Nested)
}
