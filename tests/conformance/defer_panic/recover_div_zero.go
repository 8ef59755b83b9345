package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	zero := 0
	var z8 int8
	var zu uint
	var z64 int64
	try("int div", func() { _ = 1 / zero })
	try("int mod", func() { _ = 1 % zero })
	try("int8 div", func() { _ = int8(5) / z8 })
	try("uint mod", func() { _ = uint(5) % zu })
	try("int64 div assign", func() { x := int64(9); x /= z64 })
	try("float div ok", func() { f := 0.0; fmt.Println(1/f, -1/f) })
	min8 := int8(-128)
	negOne := int8(-1)
	try("min int8 / -1", func() { fmt.Println(min8/negOne, min8%negOne) })
}
