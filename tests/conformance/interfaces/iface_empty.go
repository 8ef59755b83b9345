package main

import "fmt"

func describe(vals ...interface{}) {
	for _, v := range vals {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()
}

type Any = interface{}

func main() {
	describe(1, "s", 2.5, true, nil, []int{1}, map[string]int{"a": 1}, struct{}{}, 'r', byte(1))
	var box []interface{}
	box = append(box, 1, "two", []string{"three"})
	fmt.Println(box, len(box))
	m := map[string]interface{}{
		"name": "golite",
		"ver":  1,
		"tags": []interface{}{"a", 2},
		"sub":  map[string]interface{}{"k": true},
	}
	fmt.Println(m)
	fmt.Println(m["tags"].([]interface{})[1].(int) + 1)
	var a Any = 3.5
	fmt.Printf("%v %T\n", a, a)
	x := interface{}(7)
	y := x
	x = 8
	fmt.Println(x, y)
	s := []int{1, 2}
	var is interface{} = s
	s[0] = 100
	fmt.Println(is)
	arr := [2]int{1, 2}
	var ia interface{} = arr
	arr[0] = 100
	fmt.Println(ia)
}
