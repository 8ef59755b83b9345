package main

type Setter interface{ Set(p *int) }

type impl struct{}

func (impl) Set(p *int) { *p = 5 }

// An interface method call's arguments escape: the method is not known.
func call(s Setter) int {
	x := 0
	s.Set(&x)
	return x
}

// A call on the concrete type uses the method's summary.
func direct() int {
	var i impl
	y := 0
	i.Set(&y)
	return y
}

func main() {
	println(call(impl{}), direct())
}
