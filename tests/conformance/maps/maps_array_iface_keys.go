package main

import "fmt"

type Shape interface{ Name() string }
type Circle struct{ R int }

func (c Circle) Name() string { return "circle" }

func main() {
	am := map[[3]int]string{}
	am[[3]int{1, 2, 3}] = "abc"
	am[[3]int{3, 2, 1}] = "cba"
	fmt.Println(am[[3]int{1, 2, 3}], len(am), am)
	sm := map[[2]string]int{{"a", "b"}: 1}
	sm[[2]string{"a", "b"}]++
	fmt.Println(sm)
	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im["1"] = "string 1"
	im[1.0] = "float 1"
	im[true] = "bool"
	im[[2]int{1, 1}] = "array"
	im[Circle{1}] = "circle 1"
	im[nil] = "nil"
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[1.0], im[true], im[[2]int{1, 1}], im[Circle{1}], im[nil])
	_, ok := im[int32(1)]
	fmt.Println(ok)
	shm := map[Shape]int{Circle{1}: 1, Circle{2}: 2}
	shm[Circle{1}] += 10
	fmt.Println(shm[Circle{1}], shm[Circle{2}], len(shm))
	var e error
	em := map[error]int{e: 5}
	fmt.Println(em[nil])
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bm)
	rm := map[rune]int{'a': 1, 'b': 2}
	fmt.Println(rm)
	// keys of one dynamic type: fmt orders mixed dynamic types by an implementation detail
	fm := map[interface{}]int{"b": 1, "c": 2, "a": 3}
	fm2 := map[interface{}]int{3: 1, 1: 2, 2: 3}
	fmt.Println(fm2)
	fmt.Println(fm)
}
