package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("unlock of unlocked RWMutex")
	rw.Unlock()
}
