package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	fmt.Println("now unrecovered")
	wg2.Add(-1)
}
