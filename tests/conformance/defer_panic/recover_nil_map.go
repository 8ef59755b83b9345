package main

import (
	"fmt"
	"runtime"
)

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string, v int) (err error) {
	defer func() {
		if x := recover(); x != nil {
			err = x.(runtime.Error)
		}
	}()
	r.items[k] = v
	return nil
}

func main() {
	var m map[string]int
	fmt.Println("read nil map:", m["x"], len(m))
	delete(m, "x")
	fmt.Println("delete on nil map ok")
	r := &Registry{}
	fmt.Println("add:", r.Add("a", 1))
	r.items = map[string]int{}
	fmt.Println("add:", r.Add("a", 1), r.items)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var mm map[int][]int
		mm[1] = append(mm[1], 5)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var mm map[string]int
		mm["k"]++
	}()
}
