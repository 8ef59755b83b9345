package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

type Spinner interface{ Spin(d int) int }

type tree struct{ next Spinner }

func (t *tree) Spin(d int) int {
	if d == 0 {
		return 1
	}
	return t.next.Spin(d-1) + t.next.Spin(d-1)
}

// Interface method calls are safepoints too: with one P, main runs beside a goroutine
// whose never-ending recursion goes only through interface calls.
func main() {
	runtime.GOMAXPROCS(1)
	t := &tree{}
	t.next = t
	var s Spinner = t
	go s.Spin(60)
	time.Sleep(time.Millisecond)
	fmt.Println("main ran beside a goroutine making interface method calls")
	os.Exit(0)
}
