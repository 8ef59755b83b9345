// runtime/debug.Stack: the calling goroutine's trace, as runtime.Stack(buf, false) gives
// it. Only its deterministic parts are printed (addresses and paths differ).
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func inner() string { return string(debug.Stack()) }

func outer() string { return inner() }

func main() {
	s := outer()
	lines := strings.Split(s, "\n")
	fmt.Println(lines[0])
	fmt.Println(strings.HasSuffix(s, "\n"))
	for _, fn := range []string{"runtime/debug.Stack(", "main.inner(", "main.outer(", "main.main("} {
		fmt.Println(fn, strings.Contains(s, fn))
	}
	// Frames are innermost first.
	fmt.Println(strings.Index(s, "main.inner(") < strings.Index(s, "main.outer(") &&
		strings.Index(s, "main.outer(") < strings.Index(s, "main.main("))
	fmt.Println(strings.Contains(s, "debug_stack.go:"))

	done := make(chan string)
	go func() { done <- string(debug.Stack()) }()
	g := <-done
	fmt.Println(strings.HasPrefix(g, "goroutine "), strings.Contains(g, " [running]:\n"))
	fmt.Println(strings.Contains(g, "main.main.func1("), strings.Contains(g, "created by main.main"))

	// From a deferred call during a panic: the panicking function is still on the stack.
	func() {
		defer func() {
			recover()
			s := string(debug.Stack())
			fmt.Println(strings.Contains(s, "main.panicky("))
		}()
		panicky()
	}()
}

func panicky() {
	var m map[string]int
	m["x"] = 1
}
