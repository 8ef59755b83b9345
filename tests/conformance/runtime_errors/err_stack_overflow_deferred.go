package main

// A recursion that goes only through deferred calls: each deferred call runs on top of
// the frame that deferred it, so the stack grows until Go's 1 GB limit stops it.
func f(n int) {
	defer f(n + 1)
}

func main() {
	f(0)
}
