package main

type Acc struct{ n int }

func (a *Acc) Add(v int) { a.n += v }

func (a Acc) Get() int { return a.n }

var saved func(int)

// A method value called locally does not escape; stored in a global it escapes, and so
// does its receiver.
func local() int {
	a := Acc{}
	add := a.Add
	add(3)
	add(4)
	return a.n
}

func keep() *Acc {
	a := &Acc{}
	saved = a.Add
	return a
}

func main() {
	a := keep()
	saved(10)
	get := a.Get
	println(local(), a.n, get())
}
