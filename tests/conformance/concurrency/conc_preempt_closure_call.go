package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// Calls through a func value are safepoints too: with one P, main runs beside a
// goroutine whose never-ending recursion goes only through closure calls.
func main() {
	runtime.GOMAXPROCS(1)
	var spin func(d int) int
	spin = func(d int) int {
		if d == 0 {
			return 1
		}
		return spin(d-1) + spin(d-1)
	}
	go spin(60)
	time.Sleep(time.Millisecond)
	fmt.Println("main ran beside a goroutine making closure calls")
	os.Exit(0)
}
