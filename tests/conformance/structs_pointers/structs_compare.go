package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type W struct {
	P     P
	Flags [2]bool
	F     float64
	I     interface{}
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c)
	w1 := W{a, [2]bool{true, false}, 1.5, 7}
	w2 := W{b, [2]bool{true, false}, 1.5, 7}
	fmt.Println(w1 == w2)
	w2.I = "7"
	fmt.Println(w1 == w2)
	w2.I = 7
	w2.Flags[1] = true
	fmt.Println(w1 == w2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	pc := pa
	fmt.Println(pa == pc)
	var z P
	fmt.Println(z == P{}, z == P{Name: ""})
	anon1 := struct{ A int }{1}
	anon2 := struct{ A int }{1}
	fmt.Println(anon1 == anon2)
	var i1 interface{} = a
	var i2 interface{} = b
	fmt.Println(i1 == i2)
}
