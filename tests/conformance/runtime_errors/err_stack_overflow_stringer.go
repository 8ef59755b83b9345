// A String method that prints its own value recurses through fmt until the goroutine's
// stack reaches Go's 1 GB limit: Go's stack overflow, exit status 2.
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprint(t) }

func main() {
	fmt.Println("start")
	fmt.Println(T{1})
}
