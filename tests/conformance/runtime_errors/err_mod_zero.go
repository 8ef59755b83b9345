package main

import "fmt"

func main() {
	var d int8
	x := int8(7)
	fmt.Println("float division by zero is fine:", 1.0/float64(d))
	fmt.Println(x % d)
}
