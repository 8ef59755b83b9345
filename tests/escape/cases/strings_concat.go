package main

var keep string

// A concatenation used locally does not escape; one returned or stored does.
func joinLen(a, b string) int {
	s := a + b
	return len(s)
}

func join(a, b string) string { return a + "-" + b }

func store(a string) { keep = a + "!" }

func main() {
	store("hey")
	println(joinLen("ab", "cd"), join("x", "y"), keep)
}
