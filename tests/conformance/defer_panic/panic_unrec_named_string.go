package main

import "fmt"

type Code string

func main() {
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println("about to panic")
	panic(Code("E42"))
}
