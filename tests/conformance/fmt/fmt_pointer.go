package main

import (
	"fmt"
	"strings"
)

type T struct{ A int }

func main() {
	x := 5
	p := &x
	s := fmt.Sprintf("%p", p)
	fmt.Println("pointer formatted non-empty:", len(s) > 2, strings.HasPrefix(s, "0x"))
	s2 := fmt.Sprintf("%v", p)
	fmt.Println("%v of *int is hex:", strings.HasPrefix(s2, "0x"))
	fmt.Println("same pointer same text:", fmt.Sprintf("%p", p) == fmt.Sprintf("%p", &x))
	y := 5
	fmt.Println("different pointers differ:", fmt.Sprintf("%p", &y) != s)
	t := &T{1}
	fmt.Printf("%v %+v\n", t, t)
	sl := []int{1, 2}
	sp := fmt.Sprintf("%p", sl)
	fmt.Println("slice %p:", strings.HasPrefix(sp, "0x"))
	m := map[int]int{}
	fmt.Println("map %p:", strings.HasPrefix(fmt.Sprintf("%p", m), "0x"))
	var np *int
	fmt.Printf("%v %p\n", np, np)
	f := func() {}
	fmt.Println("func %p:", strings.HasPrefix(fmt.Sprintf("%p", f), "0x"))
	pp := &t
	fmt.Println(strings.HasPrefix(fmt.Sprint(pp), "0x"))
}
