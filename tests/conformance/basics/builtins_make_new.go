package main

import "fmt"

func main() {
	s := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	s1 := make([]int, 0)
	fmt.Println(s1 == nil, len(s1))
	m := make(map[string][]int)
	m["a"] = make([]int, 1)
	fmt.Println(m)
	m2 := make(map[int]int, 1000)
	fmt.Println(len(m2))
	n := 4
	dyn := make([]float64, n, n*2)
	fmt.Println(dyn, cap(dyn))
	p := new([]int)
	fmt.Println(*p == nil)
	type T struct {
		A int
		B []string
	}
	t := new(T)
	t.B = make([]string, 1)
	fmt.Printf("%+v\n", *t)
	bs := make([]byte, 3)
	fmt.Println(bs)
	var size uint8 = 3
	u := make([]int, size)
	fmt.Println(u)
	big := make([]int64, 1000000)
	big[999999] = 1
	sum := int64(0)
	for _, v := range big {
		sum += v
	}
	fmt.Println(sum, len(big))
}
