package main

var global map[string]*int

// A map that stays local does not escape; a returned one does; a pointer stored in a
// global map moves its variable to the heap.
func local() int {
	m := make(map[int]int)
	m[1] = 2
	return m[1]
}

func build() map[string]int {
	return map[string]int{"a": 1}
}

func register(name string) {
	v := len(name)
	global[name] = &v
}

func lit() int {
	m := map[string]int{"x": 1, "y": 2}
	return m["x"] + m["y"]
}

func main() {
	global = make(map[string]*int)
	register("four")
	println(local(), build()["a"], *global["four"], lit())
}
