package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 10)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs), bs)
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	fmt.Println(copy(src, []int{}))
	strs := []string{"a", "b"}
	other := []string{"x", "y", "z"}
	copy(other, strs)
	fmt.Println(other)
	type P struct{ a, b int }
	ps := []P{{1, 2}, {3, 4}}
	cp := make([]P, 2)
	copy(cp, ps)
	cp[0].a = 100
	fmt.Println(ps, cp)
	clone := append([]int(nil), src...)
	clone[0] = -1
	fmt.Println(src, clone)
}
