package main

type Point struct{ X, Y int }

var origin *Point

// &Point{...} escapes when returned or stored in a global, not when only read.
func at(x, y int) *Point { return &Point{x, y} }

func setOrigin() { origin = &Point{0, 0} }

func dist(x, y int) int {
	p := &Point{X: x, Y: y}
	return p.X*p.X + p.Y*p.Y
}

func value(x int) Point { return Point{X: x, Y: x} }

func main() {
	setOrigin()
	p := at(1, 2)
	v := value(9)
	println(p.X, p.Y, origin.X, dist(3, 4), v.Y)
}
