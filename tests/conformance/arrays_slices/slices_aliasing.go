package main

import "fmt"

func appendOne(s []int) []int { return append(s, 1) }

func zeroFirst(s []int) {
	if len(s) > 0 {
		s[0] = 0
	}
}

func main() {
	a := make([]int, 3, 10)
	b := appendOne(a)
	c := appendOne(a)
	fmt.Println(a, b, c) // b and c share the backing array
	b[3] = 99
	fmt.Println(c[3])
	full := []int{1, 2, 3}
	d := appendOne(full)
	d[0] = 100
	fmt.Println(full, d) // new backing array
	x := []int{5, 6, 7}
	zeroFirst(x)
	fmt.Println(x)
	y := x[1:]
	zeroFirst(y)
	fmt.Println(x)
	orig := []string{"a", "b", "c", "d"}
	rem := append(orig[:1], orig[2:]...)
	fmt.Println(rem, orig)
	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	rev := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
	filtered := rev[:0]
	for _, v := range rev {
		if v%2 == 1 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, rev)
}
