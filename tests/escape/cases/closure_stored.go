package main

var hook func() int

// A func literal stored in a global escapes, and so does what it captures by reference.
func install() {
	count := 0
	hook = func() int {
		count++
		return count
	}
}

func main() {
	install()
	hook()
	println(hook())
}
