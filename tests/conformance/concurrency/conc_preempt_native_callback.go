package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"time"
)

// sort.Slice calls back into Go for every comparison; here each comparison sorts again,
// so the goroutine's never-ending recursion crosses a native frame at every level. Calls
// from native code into Go are safepoints too: with one P, main still runs.
func spin(d int) bool {
	if d == 0 {
		return false
	}
	s := []int{2, 1}
	sort.Slice(s, func(i, j int) bool { return spin(d-1) || spin(d-1) })
	return false
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin(60)
	time.Sleep(time.Millisecond)
	fmt.Println("main ran beside a goroutine called back from sort.Slice")
	os.Exit(0)
}
