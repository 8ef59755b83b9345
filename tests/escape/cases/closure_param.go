package main

// Passing a func literal to a function: it escapes if the callee keeps it, not if the
// callee only calls it.
var saved func() int

func call(f func() int) int { return f() }

func keep(f func() int) { saved = f }

func main() {
	a := 3
	r := call(func() int { return a * 2 })
	b := 4
	keep(func() int { return b + 1 })
	println(r, saved())
}
