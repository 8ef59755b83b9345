package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	n := -1
	c := 2
	try("make len", func() { _ = make([]int, n) })
	try("make cap", func() { _ = make([]int, 0, n) })
	try("make len>cap", func() { _ = make([]int, 3, c) })
	try("make chan", func() { _ = make(chan int, n) })
	try("make ok", func() { s := make([]int, c, c+1); fmt.Println(len(s), cap(s)) })
}
