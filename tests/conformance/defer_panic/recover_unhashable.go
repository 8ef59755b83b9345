package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

type K struct {
	name string
	v    interface{}
}

func main() {
	m := map[interface{}]int{}
	try("slice key", func() { m[[]int{1}] = 1 })
	try("map key", func() { m[map[string]int{}] = 1 })
	try("func key lookup", func() { _ = m[func() {}] })
	try("struct with slice", func() { m[K{"a", []string{"x"}}] = 2 })
	mk := map[K]int{}
	try("struct key field", func() { mk[K{"b", []byte("y")}] = 3 })
	try("fine keys", func() {
		m[1] = 1
		m["s"] = 2
		m[K{"c", 4}] = 3
		fmt.Println(len(m), m[K{"c", 4}])
	})
	var a, b interface{} = []int{1}, []int{1}
	try("compare", func() { fmt.Println(a == b) })
}
