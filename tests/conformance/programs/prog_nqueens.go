package main

import (
	"fmt"
	"strings"
)

func solve(n int) (int, []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var first []int
	count := 0
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				first = append([]int(nil), pos...)
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count, first
}

func main() {
	for n := 1; n <= 9; n++ {
		c, _ := solve(n)
		fmt.Printf("n=%d solutions=%d\n", n, c)
	}
	_, sol := solve(8)
	for _, c := range sol {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}
}
