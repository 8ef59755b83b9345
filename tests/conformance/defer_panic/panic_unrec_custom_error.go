package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println("about to panic")
	panic(&NotFound{Key: "user42"})
}
