package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println("about to panic")
	panic(true)
}
