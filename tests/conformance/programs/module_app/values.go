package main

import "fmt"

var count = len(names) * 10

var names = []string{"a", "b", "c"}

func init() {
	fmt.Println("init values.go", count)
}
