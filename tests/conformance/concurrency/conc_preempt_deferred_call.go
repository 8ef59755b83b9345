package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

var leaves int

// Each call defers two more: the recursion goes only through deferred calls, never
// ending (2^60 leaves).
func spin(d int) {
	if d == 0 {
		leaves++
		return
	}
	defer spin(d - 1)
	defer spin(d - 1)
}

// Deferred calls are safepoints too: with one P, main runs beside that goroutine.
func main() {
	runtime.GOMAXPROCS(1)
	go spin(60)
	time.Sleep(time.Millisecond)
	fmt.Println("main ran beside a goroutine making deferred calls")
	os.Exit(0)
}
