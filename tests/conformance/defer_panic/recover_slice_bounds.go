package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%-12s %v\n", name+":", recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	arr := [4]int{}
	a, b, c := 0, 0, 0
	set := func(x, y, z int) { a, b, c = x, y, z }

	set(0, 6, 0)
	try("s[:b] cap", func() { _ = s[:b] })
	set(0, 4, 0)
	try("s[:b] ok", func() { fmt.Println(len(s[:b]), cap(s[:b])) })
	set(4, 0, 0)
	try("s[a:] len", func() { _ = s[a:] })
	set(2, 1, 0)
	try("s[a:b] inv", func() { _ = s[a:b] })
	set(-1, 2, 0)
	try("s[a:b] neg", func() { _ = s[a:b] })
	set(0, 2, 6)
	try("s[::c] cap", func() { _ = s[a:b:c] })
	set(0, 4, 3)
	try("s[:b:c] inv", func() { _ = s[a:b:c] })
	set(3, 2, 4)
	try("s[a:b:c] inv", func() { _ = s[a:b:c] })
	set(0, 6, 0)
	try("str[:b]", func() { _ = str[:b] })
	set(6, 0, 0)
	try("str[a:]", func() { _ = str[a:] })
	set(3, 2, 0)
	try("str[a:b]", func() { _ = str[a:b] })
	set(0, 5, 0)
	try("arr[:b]", func() { _ = arr[:b] })
	set(2, 1, 0)
	try("arr[a:b]", func() { _ = arr[a:b] })
	set(0, 0, 5)
	try("arr[::c]", func() { _ = arr[a:b:c] })
	var ns []int
	set(0, 1, 0)
	try("nil[:b]", func() { _ = ns[:b] })
}
