package main

var kept []*int

// A variadic parameter that is only read: the ... argument does not escape.
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// One that is stored: the ... argument escapes, and so do the variables in it.
func keep(ps ...*int) { kept = ps }

func main() {
	a, b := 1, 2
	keep(&a, &b)
	s := []int{4, 5}
	println(sum(1, 2, 3), sum(s...), *kept[1])
}
