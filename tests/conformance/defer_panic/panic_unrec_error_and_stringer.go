package main

import "fmt"

type Both int

func (b Both) Error() string  { return "Error wins" }
func (b Both) String() string { return "String loses" }

func main() {
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println("about to panic")
	panic(Both(1))
}
