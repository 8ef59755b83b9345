package main

import "unsafe"

// unsafe.Slice and unsafe.Add return what their pointer points to: a local reached
// through them escapes with it.

func f(p *int) []int { return unsafe.Slice(p, 1) }

func g(p unsafe.Pointer) unsafe.Pointer { return unsafe.Add(p, 8) }

var sink []int
var psink unsafe.Pointer

func main() {
	x := 1
	sink = f(&x)
	y := [2]int{3, 4}
	psink = g(unsafe.Pointer(&y))
	x = 5
	println(sink[0], *(*int)(psink))
}
