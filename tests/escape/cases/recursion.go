package main

// Mutually recursive functions are analysed together.
func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	*p++
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		return false
	}
	*p++
	return even(n-1, p)
}

type Node struct {
	next *Node
	v    int
}

// A recursive function that builds a list: each node escapes.
func build(n int) *Node {
	if n == 0 {
		return nil
	}
	return &Node{build(n - 1), n}
}

func sum(l *Node) int {
	if l == nil {
		return 0
	}
	return l.v + sum(l.next)
}

func main() {
	steps := 0
	e := even(10, &steps)
	println(e, steps, sum(build(4)))
}
