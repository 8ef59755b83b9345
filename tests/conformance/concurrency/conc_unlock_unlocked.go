package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	defer fmt.Println("deferred calls do not run for a fatal error")
	mu.Unlock()
}
