package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// A goroutine that only makes direct calls (no loop back-edge to poll at) is preempted at
// its calls: with one P, main still runs. The recursion has 2^60 leaves: it never ends.
func spin(d int) int {
	if d == 0 {
		return 1
	}
	return spin(d-1) + spin(d-1)
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin(60)
	time.Sleep(time.Millisecond)
	fmt.Println("main ran beside a goroutine making direct calls")
	os.Exit(0)
}
