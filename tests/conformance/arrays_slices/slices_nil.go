package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	fmt.Printf("%v %d %#v\n", s, s, s)
	s = append(s, 1)
	fmt.Println(s == nil, s)
	var t []string
	t = t[:0]
	fmt.Println(t == nil, len(t))
	e := []int{}
	fmt.Println(e == nil)
	fmt.Printf("%#v %#v\n", e, t)
	for range s[:0] {
		fmt.Println("never")
	}
	var n []int
	n2 := n[0:0]
	fmt.Println(n2 == nil)
	c := append([]int(nil), n...)
	fmt.Println(c == nil, len(c))
	var m [][]int
	m = append(m, nil)
	fmt.Println(len(m), m[0] == nil, m)
	f := func(xs []int) int { return len(xs) }
	fmt.Println(f(nil))
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	fmt.Println(copy(bs, "abc"))
}
