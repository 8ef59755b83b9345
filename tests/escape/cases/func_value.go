package main

// Calling through a function value: the analysis does not know the callee, so pointer
// arguments escape.
var apply func(p *int)

func setTen(p *int) { *p = 10 }

func viaValue() int {
	x := 0
	apply(&x)
	return x
}

func viaParam(f func(*int)) int {
	y := 0
	f(&y)
	return y
}

func main() {
	apply = setTen
	println(viaValue(), viaParam(setTen))
}
