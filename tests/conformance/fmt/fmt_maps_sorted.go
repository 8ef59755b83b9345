package main

import (
	"fmt"
	"math"
)

type Key struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -1: "minus", 3: "three", 0: "zero"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "cherry": 3, "": 0, "Apple": 4})
	fmt.Println(map[float64]bool{2.5: true, -1: false, math.Inf(1): true, math.Inf(-1): false, 0: true})
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Println(map[uint8]int{200: 1, 3: 2})
	fmt.Println(map[int8]int{-100: 1, 100: 2, 0: 3})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[any]int{"b": 1, "a": 2})
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil})
	fmt.Println(map[string]map[string]int{"outer": {"z": 26, "a": 1}})
	fmt.Printf("%v|%+v|%#v\n", map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v %#v\n", map[Key]bool{{1, "x"}: true}, map[string]any{"k": nil, "j": 1})
	var nilMap map[string]int
	fmt.Printf("%v %#v %d\n", nilMap, nilMap, len(nilMap))
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[(i*37)%101] = i
	}
	fmt.Println(m)
	pm := &map[string]int{"p": 1}
	fmt.Println(pm)
}
