// runtime.Stack(buf, false): the calling goroutine's traceback written into buf, cut at
// buf's length (database/sql calls it). Frame offsets and paths differ between
// implementations (and gc prints argument words); the program prints the header and the
// functions' names.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

//go:noinline
func inner(buf []byte) int { return runtime.Stack(buf, false) }

//go:noinline
func outer() string {
	buf := make([]byte, 8192)
	n := inner(buf)
	return string(buf[:n])
}

func main() {
	s := outer()
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			fmt.Println(line)
		} else if i := strings.Index(line, "("); i > 0 && !strings.HasPrefix(line, "\t") {
			fmt.Println(line[:i])
		}
	}
	small := make([]byte, 12)
	n := runtime.Stack(small, false)
	fmt.Printf("%d %q\n", n, small[:n])
	fmt.Println(runtime.Stack(nil, false))

	done := make(chan string)
	go func() {
		buf := make([]byte, 1024)
		done <- string(buf[:runtime.Stack(buf, false)])
	}()
	g := <-done
	fmt.Println(strings.HasPrefix(g, "goroutine "), strings.Contains(g, "[running]:\nmain.main.func1()"))
}
