package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

// An interface method call leaks its receiver (the method is not known), so the
// conversion to Shape escapes.
func area(s Shape) int { return s.Area() }

func local() int {
	return area(Sq{3})
}

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func mixed() int {
	return total([]Shape{Sq{2}, &Rect{2, 3}})
}

func main() {
	println(local(), mixed())
}
