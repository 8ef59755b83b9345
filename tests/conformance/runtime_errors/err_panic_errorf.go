package main

import "fmt"

func main() {
	fmt.Println("panic with fmt.Errorf")
	panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner %d", 7)))
}
