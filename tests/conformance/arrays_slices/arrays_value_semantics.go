package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[0] = 100 }

type Grid [2][2]int

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	var g Grid
	h := g
	h[1][1] = 5
	fmt.Println(g, h)
	arrs := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := arrs[1]
	row[0] = 40
	fmt.Println(arrs, row)
	d := [...]string{"x", "y", "z"}
	fmt.Println(len(d), cap(d), d)
	e := [5]int{1, 3: 7, 9}
	fmt.Println(e)
	f := [...]int{5: 1, 2}
	fmt.Println(len(f), f)
	type S struct{ arr [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.arr[0] = 50
	fmt.Println(s1, s2)
	sl := a[:]
	sl[1] = 77
	fmt.Println(a, sl)
	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 10
	fmt.Println(m, v)
	var zero [4]bool
	fmt.Println(zero, len(zero))
	ptr := &[3]string{"p", "q", "r"}
	ptr[2] = "R"
	fmt.Println(*ptr, len(ptr), ptr[1:])
}
