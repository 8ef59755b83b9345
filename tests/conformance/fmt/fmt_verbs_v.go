package main

import "fmt"

type Inner struct {
	Name string
	Vals []int
}

type Outer struct {
	ID    int
	In    Inner
	Ptr   *Inner
	M     map[string]int
	I     interface{}
	Fn    func()
	unexp bool
}

func main() {
	o := Outer{ID: 1, In: Inner{"in", []int{1, 2}}, Ptr: &Inner{"ptr", nil}, M: map[string]int{"b": 2, "a": 1}, I: 3.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Printf("%v %+v\n", o.M, o.I)
	fmt.Printf("%v\n", []*Inner{}[0:0])
	fmt.Printf("%v\n", []interface{}{1, "a", nil, 2.5, []int{1}})
	fmt.Printf("%v %v\n", [3]string{"a", "", "c"}, [0]int{})
	fmt.Printf("%v\n", struct {
		A, B interface{}
	}{nil, 5})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ x int }{3})
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, nil, {3}})
	fmt.Printf("%v\n", map[string][]string{"k": {"x", "y"}})
	var np *Inner
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%s\n", Inner{"s", []int{1}})
	fmt.Printf("%d\n", Inner{"d", []int{1}})
	fmt.Printf("%v\n", o.unexp)
	pp := &o.Ptr
	_ = pp
	type Wrapper struct{ P *Inner }
	fmt.Printf("%+v\n", Wrapper{nil})
	type Rec struct {
		Name string
		Kids []*Rec
	}
	r := &Rec{"root", []*Rec{{"kid", nil}}}
	fmt.Printf("%v %d\n", r.Name, len(r.Kids))
	fmt.Printf("%v\n", []Rec{*r.Kids[0]})
}
