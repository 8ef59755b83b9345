package main

import (
	"em/a"
	"em/b"
	"fmt"
)

func main() {
	n := b.Make()
	fmt.Println(a.Show(n))
	var x any = b.Wrap{2, &a.T{Name: "y"}}
	_, ok := x.(a.Node)
	fmt.Println(ok)
}
