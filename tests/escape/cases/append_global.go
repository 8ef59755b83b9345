package main

var all []*int

var names []string

// Appending a pointer to a global slice moves its variable to the heap.
func add(v int) {
	x := v
	all = append(all, &x)
}

func addName(s string) { names = append(names, s) }

func localAppend(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func main() {
	add(1)
	add(2)
	addName("a")
	println(*all[0], *all[1], len(names), localAppend(5))
}
