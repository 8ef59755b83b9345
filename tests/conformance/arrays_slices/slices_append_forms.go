package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil)
	s = append(s, 1, 2, 3)
	s = append(s, s...)
	fmt.Println(s)
	s = append(s[:1], s[4:]...)
	fmt.Println(s)
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b))
	b = append(b, '!')
	fmt.Println(string(b), len(b))
	var strs []string
	strs = append(strs, "a")
	strs = append(strs, []string{"b", "c"}...)
	fmt.Println(strs, len(strs))
	var ifs []interface{}
	ifs = append(ifs, 1, "two", 3.0, nil)
	fmt.Println(ifs, len(ifs))
	type P struct{ X int }
	var ps []P
	for i := 0; i < 3; i++ {
		ps = append(ps, P{i})
	}
	fmt.Println(ps)
	nested := [][]int{{1}}
	nested = append(nested, []int{2, 3}, nil)
	fmt.Println(nested, len(nested))
	x := make([]int, 0, 1)
	y := append(x, 10)
	z := append(x, 20)
	fmt.Println(y, z)
	fmt.Println(append([]int{1}, 2), append([]string(nil), "q"))
}
