package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), len("世界"), len(""))
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr))
	sl := make([]int, 3, 8)
	fmt.Println(len(sl), cap(sl), len(sl[1:]), cap(sl[1:]), cap(sl[2:5]))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(m))
	var nm map[int]int
	var ns []int
	fmt.Println(len(nm), len(ns), cap(ns))
	pa := &arr
	fmt.Println(len(pa), cap(pa))
	const c = len("constant")
	fmt.Println(c)
	var a2 [len("abc")]int
	fmt.Println(len(a2))
	multi := [3][4]int{}
	fmt.Println(len(multi), len(multi[0]))
	bs := []byte("abc")
	fmt.Println(len(bs), len(string(bs)))
	rs := []rune("héllo")
	fmt.Println(len(rs))
}
