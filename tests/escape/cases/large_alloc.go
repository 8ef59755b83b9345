package main

// Allocations too large for the frame go to the heap even when they do not escape.
func big() int {
	b := make([]byte, 1<<20)
	b[0] = 1
	return len(b)
}

func small() int {
	b := make([]byte, 1024)
	b[1] = 2
	return int(b[1])
}

func bigNew() int {
	p := new([1 << 17]int)
	p[1] = 3
	return p[1]
}

func bigArray() int {
	var a [1 << 16]int
	a[5] = 4
	return a[5]
}

func main() {
	println(big(), small(), bigNew(), bigArray())
}
