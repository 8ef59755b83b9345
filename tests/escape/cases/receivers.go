package main

type T struct{ v int }

var saved *T

// Receivers are parameters: one returned leaks to the result, one stored leaks, one
// only read does not escape.
func (t *T) Self() *T { return t }

func (t *T) Save() { saved = t }

func (t *T) Value() int { return t.v }

func (t T) Copy() T { return t }

func main() {
	a := T{1}
	b := &T{2}
	b.Save()
	c := T{3}
	println(a.Self().v, saved.v, c.Value(), a.Copy().v)
}
