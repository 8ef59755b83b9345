package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "mid": 3, "Beta": 4, "": 5})
	fmt.Println(map[int]string{10: "a", -5: "b", 3: "c", 0: "d", 100: "e"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(map[uint8]int{200: 1, 3: 2})
	fmt.Printf("%v\n", map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Printf("%+v\n", map[string]K{"x": {1, "y"}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%d\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%q\n", map[string]string{"b": "2", "a": "1"})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "y": 2}, "a": {}})
	var nilm map[string]int
	fmt.Println(nilm)
	fmt.Printf("%#v %v\n", nilm, map[int]int{})
	s := fmt.Sprint(map[int]int{3: 3, 1: 1, 2: 2})
	fmt.Println(s, len(s))
}
