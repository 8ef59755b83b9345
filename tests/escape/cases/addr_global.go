package main

var global *int

// &x stored in a global: x moves to the heap.
func publish(v int) {
	x := v
	global = &x
}

// A pointer to a global needs no move.
var counter int

func bump() *int {
	counter++
	return &counter
}

func main() {
	publish(3)
	a := *bump()
	b := *bump()
	println(*global, a, b)
}
