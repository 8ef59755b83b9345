package main

import "fmt"

type Inner struct{ Vals []int }
type Outer struct {
	N     int
	In    Inner
	Arr   [2]int
	Ptr   *int
	M     map[string]int
}

func change(o Outer) {
	o.N = 100
	o.Arr[0] = 100
	o.In.Vals[0] = 100 // shares the slice backing array
	*o.Ptr = 100
	o.M["k"] = 100
}

func main() {
	x := 1
	o := Outer{1, Inner{[]int{1, 2}}, [2]int{1, 2}, &x, map[string]int{"k": 1}}
	change(o)
	fmt.Println(o.N, o.Arr, o.In.Vals, *o.Ptr, o.M)
	c := o
	c.N = 2
	c.Arr[1] = 20
	c.In.Vals = append(c.In.Vals, 3)
	fmt.Println(o.N, o.Arr, o.In.Vals, c.N, c.Arr, c.In.Vals)
	ps := []Outer{o}
	ps[0].N = 50
	fmt.Println(o.N, ps[0].N)
	m := map[int]Outer{1: o}
	tmp := m[1]
	tmp.N = 60
	fmt.Println(m[1].N, tmp.N)
	arr := [2]Inner{{[]int{1}}, {[]int{2}}}
	arr2 := arr
	arr2[0].Vals[0] = 9
	arr2[1] = Inner{[]int{42}}
	fmt.Println(arr, arr2)
}
