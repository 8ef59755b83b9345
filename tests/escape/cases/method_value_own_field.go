package main

// A method value stored in a field of its own receiver is a new closure holding the
// receiver: it escapes with it (gc does not take s.F = s.m for a self-assignment).

type S struct {
	name string
	F    func() string
}

func (s *S) hello() string { return "hello " + s.name }

func New(name string) *S {
	s := &S{name: name}
	s.F = s.hello
	return s
}

func churn(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	if n > 0 {
		return churn(n-1) + a[3]
	}
	return a[0]
}

func main() {
	var all []*S
	for _, n := range []string{"a", "b", "c", "d"} {
		all = append(all, New(n))
		churn(20)
	}
	for _, s := range all {
		println(s.F())
	}
}
