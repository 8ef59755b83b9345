// An unrecovered panic in a goroutine ends the whole program with exit status 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		panic("worker failed")
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("not reached")
}
