package main

// &x of a local returned: x moves to the heap.
func newInt(v int) *int {
	x := v
	return &x
}

// &x only dereferenced in the function: x stays in the frame.
func double(v int) int {
	x := v
	p := &x
	*p *= 2
	return x
}

func main() {
	p := newInt(7)
	println(*p, double(21))
}
