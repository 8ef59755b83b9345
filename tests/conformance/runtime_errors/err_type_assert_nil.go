package main

import "fmt"

func main() {
	var i interface{}
	fmt.Println("asserting on nil interface")
	s := i.(string)
	fmt.Println(s)
}
