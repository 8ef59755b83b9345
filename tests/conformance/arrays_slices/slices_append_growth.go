package main

import "fmt"

type T3 struct{ a, b, c int }

var _ = T3{}

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, int(i))
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	// appending many at once
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 33, 100, 1000} {
		t := make([]int, 0)
		t = append(t, make([]int, n)...)
		u := make([]int, 3, 3)
		u = append(u, make([]int, n)...)
		fmt.Println("bulk", n, cap(t), cap(u))
	}
	// growth from a non-empty make
	w := make([]int, 5, 5)
	w = append(w, w[0])
	fmt.Println("from 5:", len(w), cap(w))
	x := make([]int, 0, 300)
	x = append(x, make([]int, 301)...)
	fmt.Println("from 300:", len(x), cap(x))
}
