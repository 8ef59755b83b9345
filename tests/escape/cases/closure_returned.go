package main

// A returned closure escapes; its captured variable moves to the heap.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// A captured variable the closure only reads and nobody assigns after capture is
// captured by value.
func adder(k int) func(int) int {
	return func(v int) int { return v + k }
}

func main() {
	c := counter()
	c()
	add := adder(10)
	println(c(), add(5))
}
