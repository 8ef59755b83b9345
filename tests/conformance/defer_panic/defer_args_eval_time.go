package main

import "fmt"

func show(label string, v int) {
	fmt.Println(label, v)
}

func next(p *int) int {
	*p++
	fmt.Println("evaluating arg, counter now", *p)
	return *p
}

func main() {
	x := 1
	defer show("x at defer time:", x)
	x = 2
	defer show("x at second defer:", x)
	x = 3
	defer func() { show("x in closure:", x) }()
	x = 4

	c := 0
	defer show("arg a:", next(&c))
	defer show("arg b:", next(&c))
	fmt.Println("body done, counter", c)

	s := []int{1, 2, 3}
	defer fmt.Println("slice header at defer:", s)
	s[0] = 99 // shares backing array: visible
	s = append(s, 4)
	arr := [3]int{1, 2, 3}
	defer fmt.Println("array copied at defer:", arr)
	arr[0] = 99
	x = 5
}
