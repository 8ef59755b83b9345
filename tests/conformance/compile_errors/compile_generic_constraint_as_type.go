package main

import "fmt"

type Ordered interface {
	~int | ~string
}

func main() {
	var o Ordered
	fmt.Println(o)
}
