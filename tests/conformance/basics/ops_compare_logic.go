package main

import "fmt"

var calls []string

func f(name string, v bool) bool {
	calls = append(calls, name)
	return v
}

func main() {
	fmt.Println(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 6 != 6)
	fmt.Println("abc" < "abd", "b" > "abc", "" == "", "x" != "X")
	fmt.Println(1.5 < 1.50001, -0.0 == 0.0)
	_ = f("a", true) && f("b", false) && f("c", true)
	_ = f("d", false) || f("e", true) || f("f", true)
	_ = f("g", false) && f("h", true) || f("i", true)
	_ = !f("j", false) || f("k", true)
	fmt.Println(calls)
	x := 5
	fmt.Println(x > 1 && x < 10, x < 1 || x > 10, !(x == 5))
	var p *int
	fmt.Println(p == nil || *p > 0)
	fmt.Println(p != nil && *p > 0)
	a := [2]int{1, 2}
	b := [2]int{1, 2}
	fmt.Println(a == b, a != b)
	type S struct {
		n int
		s string
	}
	fmt.Println(S{1, "a"} == S{1, "a"}, S{1, "a"} == S{1, "b"})
	var i1, i2 interface{} = 1, 1
	var i3 interface{} = "1"
	fmt.Println(i1 == i2, i1 == i3, i1 != nil)
	var e1, e2 error
	fmt.Println(e1 == e2)
	ch := 'a'
	fmt.Println(ch >= 'a' && ch <= 'z')
}
