package main

var kept *int

// store leaks its parameter to the heap; read does not.
func store(p *int) { kept = p }

func read(p *int) int { return *p + 1 }

func viaStore() {
	x := 10
	store(&x)
}

func viaRead() int {
	y := 20
	return read(&y)
}

func main() {
	viaStore()
	println(*kept, viaRead())
}
