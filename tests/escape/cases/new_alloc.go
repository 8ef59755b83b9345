package main

type T struct{ a, b int }

// new(T) returned escapes; new(T) used locally does not.
func make1() *T { return new(T) }

func local() int {
	p := new(T)
	p.a, p.b = 3, 4
	return p.a * p.b
}

func newInt() *int {
	n := new(int)
	*n = 5
	return n
}

func main() {
	t := make1()
	t.a = 1
	println(t.a, local(), *newInt())
}
