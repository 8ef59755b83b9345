package main

import "fmt"

var offset = 7

func describe() string { return fmt.Sprintf("%d names, offset %d", len(names), offset) }

func init() {
	fmt.Println("init zlast.go")
}
