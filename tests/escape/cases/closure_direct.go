package main

// A func literal called where it is written does not escape, nor do the variables it
// captures.
func direct() int {
	x := 1
	func() {
		x += 41
	}()
	return x
}

func local() int {
	n := 0
	inc := func() { n++ }
	inc()
	inc()
	return n
}

func main() {
	println(direct(), local())
}
