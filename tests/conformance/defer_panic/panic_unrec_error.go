package main

import "fmt"

type errT struct{}

func (errT) Error() string { return "custom error value" }

func main() {
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println("about to panic")
	panic(fmt.Errorf("wrapped: %w", errT{}))
}
