// Receiving from a closed channel: buffered values first, then zero values with ok false.
package main

import "fmt"

func main() {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Printf("%q %v\n", v, ok)
	}
	fmt.Println(len(c), cap(c))
}
