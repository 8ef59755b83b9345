package main

var g *int

// Leaks through a chain of calls: the summary of each callee is used by its caller.
func inner(p *int) { g = p }

func middle(p *int) { inner(p) }

func outer() {
	x := 1
	middle(&x)
}

func pass(p *int) *int { return p }

func through() int {
	y := 2
	return *pass(pass(&y))
}

func main() {
	outer()
	println(*g, through())
}
