// Go 1.19 twin of go122_clear.go: clear written out as delete loops and zeroing loops.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), len(alias), m)
	m["d"] = 4
	fmt.Println(alias)
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	for i := range sub {
		sub[i] = 0
	}
	fmt.Println(s, len(sub), cap(sub))
	ps := []P{{1, "a"}, {2, "b"}}
	for i := range ps {
		ps[i] = P{}
	}
	fmt.Printf("%+v\n", ps)
	strs := []string{"x", "y"}
	for i := range strs {
		strs[i] = ""
	}
	fmt.Printf("%q\n", strs)
	var nilm map[int]int
	var nils []int
	fmt.Println(len(nilm), len(nils))
	ptrs := []*int{new(int), new(int)}
	for i := range ptrs {
		ptrs[i] = nil
	}
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
	big := map[int]bool{}
	for i := 0; i < 1000; i++ {
		big[i] = true
	}
	for k := range big {
		delete(big, k)
	}
	fmt.Println(len(big))
	big[5] = true
	fmt.Println(big)
	ifs := []interface{}{1, "a", nil}
	for i := range ifs[:2] {
		ifs[i] = nil
	}
	fmt.Println(ifs)
}
