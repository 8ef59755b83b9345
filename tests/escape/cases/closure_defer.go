package main

// A deferred func literal at the top level of a function does not escape; one deferred
// in a loop does (its defer record is on the heap).
func top() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func loop(n int) (total int) {
	step := 1
	for i := 0; i < n; i++ {
		defer func() { total += step }()
	}
	return 0
}

func main() {
	println(top(), loop(3))
}
