// The deep session's expected stdout, printed by go itself: x nested 900 deep is 1, and
// x plus a chain of 5,000 x's is 5001.
package main

import "fmt"

func main() {
	fmt.Printf("%v  // %s\n", 5001, "int")
}
