package main

import "fmt"

func main() {
	var i interface{} = "a string"
	n, ok := i.(int)
	fmt.Println("comma-ok form does not panic:", n, ok)
	fmt.Println(i.(int))
}
