package main

import "fmt"

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r)
	var np *int
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 99
	fmt.Println(x, **pp)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	sp := &s[2]
	*sp = 30
	fmt.Println(s)
	type T struct{ A, B int }
	t := T{1, 2}
	fp := &t.B
	*fp = 22
	fmt.Println(t)
	n3 := &Node{3, nil}
	n2 := &Node{2, n3}
	n1 := &Node{1, n2}
	for n := n1; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	n1.Next.Next.Val = 33
	fmt.Println(n3.Val)
	ptrs := make([]*int, 3)
	for i := range ptrs {
		v := i * i
		ptrs[i] = &v
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
