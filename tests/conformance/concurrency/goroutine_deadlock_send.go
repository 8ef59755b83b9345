// Sending on an unbuffered channel nobody receives: Go's deadlock report, exit status 2.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("about to block")
	c <- 1
}
