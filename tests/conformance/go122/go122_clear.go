// Go 1.22 feature: the clear builtin. Go 1.19 lacks it, so the expected output comes from
// the twin go122_clear.oracle.go (same meaning under Go 1.22 rules).
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["d"] = 4
	fmt.Println(alias)
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Printf("%+v\n", ps)
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	var nilm map[int]int
	clear(nilm)
	var nils []int
	clear(nils)
	fmt.Println(len(nilm), len(nils))
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
	big := map[int]bool{}
	for i := 0; i < 1000; i++ {
		big[i] = true
	}
	clear(big)
	fmt.Println(len(big))
	big[5] = true
	fmt.Println(big)
	ifs := []interface{}{1, "a", nil}
	clear(ifs[:2])
	fmt.Println(ifs)
}
