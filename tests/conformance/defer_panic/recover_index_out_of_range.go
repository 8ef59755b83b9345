package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]string{"a", "b", "c", "d"}
	str := "hey"
	n, neg, big := 5, -1, 4
	try("slice", func() { _ = s[n] })
	try("slice len", func() { _ = s[len(s)] })
	try("slice negative", func() { _ = s[neg] })
	try("slice write", func() { s[n] = 1 })
	try("array", func() { _ = arr[big] })
	try("array negative", func() { _ = arr[neg] })
	try("string", func() { _ = str[n] })
	try("string negative", func() { _ = str[neg] })
	try("nil slice", func() { var e []int; _ = e[0] })
	var pa *[3]int
	try("nil array pointer", func() { _ = pa[1] })
	try("2d", func() { g := [][]int{{1}, {2, 3}}; _ = g[1][n] })
	try("ok", func() { fmt.Println(s[2], arr[3], str[2]) })
}
