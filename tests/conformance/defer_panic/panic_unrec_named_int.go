package main

import "fmt"

type MyInt int

func main() {
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println("about to panic")
	panic(MyInt(-7))
}
